/** Kinds of actor, in the order the actors index groups them; `organisation` when the kind is not known. */
export const ACTOR_KINDS = ['person', 'government', 'company', 'media', 'international', 'institute', 'organisation'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const ACTOR_KIND_LABELS: Record<ActorKind, { singular: string; plural: string }> = {
  person: { singular: 'Person', plural: 'People' },
  government: { singular: 'Government body or agency', plural: 'Governments and agencies' },
  company: { singular: 'Company', plural: 'Companies' },
  media: { singular: 'News organisation', plural: 'Media' },
  international: { singular: 'International organisation', plural: 'International organisations' },
  institute: { singular: 'Think tank or institute', plural: 'Think tanks and institutes' },
  organisation: { singular: 'Organisation (kind not yet reviewed)', plural: 'Other organisations' },
};
