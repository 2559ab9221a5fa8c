/**
 * The gender a person's first name presumes, from compromise's name lists (its MaleName and
 * FemaleName tags), or null when the name is not in them. Used only to rule out an antecedent:
 * "she" does not stand for a "Don", and an unknown name fits either pronoun.
 */
import { tagTerms } from './terms';

export type PresumedGender = 'male' | 'female';

export function presumedGender(name: string): PresumedGender | null {
  const first = tagTerms(name).find((term) => term.tags.has('FirstName') || term.tags.has('MaleName') || term.tags.has('FemaleName'));
  if (first?.tags.has('MaleName')) return 'male';
  if (first?.tags.has('FemaleName')) return 'female';
  return null;
}

/** Whether a he/she pronoun can stand for a person of this presumed gender. */
export function pronounFits(pronoun: string, gender: PresumedGender | null): boolean {
  const word = pronoun.toLowerCase();
  if (gender === null || (word !== 'he' && word !== 'she')) return true;
  return (word === 'he') === (gender === 'male');
}
