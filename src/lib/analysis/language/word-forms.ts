/**
 * Word forms: one key for every form of a word, so that go / going / went, spy / spying / spies,
 * ban / banned and mitigate / mitigation meet. The lemma comes from compromise (which knows
 * irregular forms in context: "went" is go, "spies" is spy); the Porter stemmer then folds the
 * derivations a lemmatiser keeps apart ("mitigation" and "mitigate" both become "mitig").
 */
import nlp from 'compromise';
import { stemKey } from './stem-key';

export { stemKey };

interface RootedTerm {
  normal?: string;
  root?: string;
}

/** The key of every word of a text, in order, each lemmatised in its context. */
export function textWordKeys(text: string): string[] {
  const doc = nlp(text).compute('root');
  const options = { terms: { normal: true, root: true } };
  const sentences = doc.json(options) as { terms: RootedTerm[] }[];
  return sentences
    .flatMap((sentence) => sentence.terms)
    .map((term) => term.root ?? term.normal ?? '')
    .flatMap((lemma) => lemma.split(/[^\p{L}\p{N}]+/u))
    .filter((part) => part !== '')
    .map(stemKey);
}

/** The key of one word on its own ("spying" → "spy", "mitigation" → "mitig"). */
export function wordKey(word: string): string {
  return textWordKeys(word)[0] ?? stemKey(word);
}
