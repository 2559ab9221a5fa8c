/**
 * The stance codebook: a government's or bloc's policy toward Huawei in 5G, on an ordered scale,
 * and a separate advocacy dimension (what it urges others to do). `unknown` is not "no
 * restriction": it means the articles report no position.
 */
export const STANCES = ['ban', 'restricted', 'mitigation', 'no-restriction', 'under-review', 'unknown'] as const;
export type Stance = (typeof STANCES)[number];

export const ADVOCACIES = ['campaigns-for-ban', 'opposes-singling-out'] as const;
export type Advocacy = (typeof ADVOCACIES)[number];

export interface CodebookEntry {
  label: string;
  definition: string;
}

export const STANCE_CODEBOOK: Record<Stance, CodebookEntry> = {
  ban: { label: 'Ban', definition: 'Huawei is excluded from 5G networks, or the government has joined the call to boycott it.' },
  restricted: {
    label: 'Restricted',
    definition: 'Huawei is kept out of parts of the network (the core, sensitive sites) or capped, but not excluded.',
  },
  mitigation: {
    label: 'Allowed with mitigation',
    definition: 'Huawei equipment is allowed under oversight, testing or controls the government says manage the risk.',
  },
  'no-restriction': {
    label: 'No restriction',
    definition: 'The government works with Huawei, or has rejected or dismissed calls to restrict it.',
  },
  'under-review': {
    label: 'Under review',
    definition: 'The government or bloc is assessing the risk or has not reached a conclusion.',
  },
  unknown: { label: 'Unknown', definition: 'The articles report pressure on the government or its position in passing, but no policy.' },
};

export const ADVOCACY_CODEBOOK: Record<Advocacy, CodebookEntry> = {
  'campaigns-for-ban': { label: 'Campaigns for a ban', definition: 'Urges other governments to exclude Huawei.' },
  'opposes-singling-out': {
    label: 'Opposes singling out one company',
    definition: 'Rejects banning a single vendor; prefers rules that apply to all.',
  },
};
