/**
 * Speech verbs, listed by lemma and expanded into every form by compromise's conjugator, so that
 * "insisting", "warns" and "told" are found from "insist", "warn" and "tell". Lemmas that are as
 * often nouns ("a report", "the notes") are matched only in their past and -ing forms.
 */
import nlp from 'compromise';

/** Verbs that introduce what someone said or wrote. */
const SPEECH_LEMMAS = [
  'say',
  'tell',
  'write',
  'warn',
  'add',
  'continue',
  'stress',
  'describe',
  'conclude',
  'urge',
  'argue',
  'insist',
  'explain',
  'denounce',
  'express',
  'repeat',
  'indicate',
  'declare',
  'acknowledge',
  'admit',
  'reply',
  'respond',
  'complain',
  'emphasise',
  'emphasize',
  'caution',
  'allege',
  'point out',
  'predict',
  'stipulate',
  'announce',
  'suggest',
  'assert',
  'confirm',
  'deny',
  'recall',
  'accuse',
  'praise',
  'criticise',
  'criticize',
  'condemn',
  'ask',
  'reiterate',
  'welcome',
  'vow',
  'threaten',
  'recommend',
  'highlight',
  'dismiss',
  'reject',
  'rebut',
  'retort',
] as const;

/** Lemmas whose bare and -s forms are usually nouns: only "reported", "reporting" and the like count. */
const NOUN_TOO_LEMMAS = [
  'report',
  'note',
  'cite',
  'quote',
  'claim',
  'comment',
  'tweet',
  'state',
  'label',
  'remark',
  'mention',
  'counter',
] as const;

/** Documents that speak as their authors do ("the declaration stated", "the assessment stressed"). */
export const DOCUMENT_NOUN = String.raw`(?:letter|statement|filing|memo|memorandum|lawsuit|complaint|declaration|communiqu[ée]|bill|legislation|assessment)`;
/** Documents speak in the present ("the letter states", "the letter also mentions", "the statement read"), where "states" is otherwise a noun. */
const DOCUMENT_VERB = String.raw`(?<=\b${DOCUMENT_NOUN}\s+(?:also\s+)?)(?:states|reads|read|mentions)`;

/** Phrases that attribute without a verb of their own, and forms the conjugator misses. */
const PHRASES = [
  'according to',
  'took issue',
  'tweeted',
  'made clear',
  'make clear',
  'makes clear',
  'making clear',
  'called on',
  'calling on',
  'called for',
  'calling for',
  'posed the question',
  'pointed to',
  'pointing to',
  // Words named as someone's own: "referred to “extrajudicial directions”".
  'referred to',
  'refers to',
  'referring to',
  'made references to',
  'make references to',
  'made reference to',
  // Answering back, in the press's idiom.
  'hit back',
  'hits back',
  'hitting back',
  'fired back',
  'fires back',
  'lashed out',
  'lashes out',
];

interface Conjugation {
  Infinitive?: string;
  PastTense?: string;
  PresentTense?: string;
  Gerund?: string;
}

function formsOf(lemma: string, nounToo: boolean): string[] {
  // Tagged as a verb first: on its own, "tweet" or "express" reads as a noun or an adjective.
  const [conjugated] = (nlp(lemma).tag('Infinitive') as ReturnType<typeof nlp>).verbs().conjugate() as Conjugation[];
  if (!conjugated) return [lemma];
  const forms = nounToo
    ? [conjugated.PastTense, conjugated.Gerund]
    : [conjugated.Infinitive, conjugated.PastTense, conjugated.PresentTense, conjugated.Gerund];
  return forms.filter((form): form is string => typeof form === 'string');
}

/** Every form, longest first, so "pointed out" wins over a shorter match at the same place. */
const SPEECH_FORMS: readonly string[] = [
  ...new Set([
    ...SPEECH_LEMMAS.flatMap((lemma) => formsOf(lemma, false)),
    ...NOUN_TOO_LEMMAS.flatMap((lemma) => formsOf(lemma, true)),
    ...PHRASES,
  ]),
].sort((a, b) => b.length - a.length);

/** A fresh global regex over every speech-verb form, whole words, any case. */
export function speechVerbPattern(): RegExp {
  return new RegExp(`\\b(?:${SPEECH_FORMS.map((form) => form.replace(/ /g, '\\s+')).join('|')}|${DOCUMENT_VERB})\\b`, 'gi');
}
