/**
 * The stemming half of word forms, kept apart from `word-forms.ts` so the search page can ship it:
 * it needs only the small Porter stemmer, not compromise. The build computes every word's key with
 * `word-forms.ts` (lemma, then this); the browser looks up what the build computed and calls this
 * only for a word the corpus never used.
 */
import { stemmer } from 'stemmer';

/** The key of a word already lemmatised (or of one whose lemma is not known). */
export function stemKey(lemma: string): string {
  return stemmer(lemma.toLowerCase());
}
