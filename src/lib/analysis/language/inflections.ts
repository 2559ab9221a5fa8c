/**
 * The other forms of a word (tenses and participles of a verb, the plural or singular of a noun),
 * from compromise's own conjugation tables, so a search can know "went" or "spying" although the
 * articles only say "go" and "spy".
 */
import nlp from 'compromise';

interface Transforms {
  verb: { conjugate(word: string, model: unknown): Record<string, string> | undefined };
  noun: { toPlural(word: string, model: unknown): string | undefined; toSingular(word: string, model: unknown): string | undefined };
}

const world = nlp.world() as unknown as { methods: { two: { transform: Transforms } }; model: unknown };
const transform = world.methods.two.transform;

/** The lemma of a word on its own ("spies" → spy, "went" → go), as compromise reads it. */
export function lemmaOf(word: string): string {
  // compromise's typings do not list the `root` term option, which `compute('root')` fills in.
  const options = { terms: { normal: true, root: true } };
  const [sentence] = nlp(word).compute('root').json(options) as Array<{ terms: Array<{ normal?: string; root?: string }> }>;
  const term = sentence?.terms[0];
  return term?.root ?? term?.normal ?? word.toLowerCase();
}

/** Every form of a lemma: itself, its verb forms and its noun plural, one word each. */
export function formsOf(lemma: string): string[] {
  const verb = Object.entries(transform.verb.conjugate(lemma, world.model) ?? {})
    .filter(([tense]) => tense !== 'FutureTense')
    .map(([, form]) => form);
  const nouns = [transform.noun.toPlural(lemma, world.model), transform.noun.toSingular(lemma, world.model)];
  return [...new Set([lemma, ...verb, ...nouns])].filter((form): form is string => typeof form === 'string' && /^[a-z]+$/.test(form));
}
