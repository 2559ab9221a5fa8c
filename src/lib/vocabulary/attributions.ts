/** How the model knows who said a quote, and the words the pages use for each way. */
export const ATTRIBUTIONS = ['direct', 'carried', 'anonymous', 'term', 'unattributed'] as const;
export type Attribution = (typeof ATTRIBUTIONS)[number];

export const ATTRIBUTION_LABELS: Record<Attribution, { label: string; explanation: string }> = {
  direct: { label: 'Named speaker', explanation: 'The speaker is named in the same sentence as the quote.' },
  carried: { label: 'Speaker from context', explanation: 'The speaker is named in an earlier sentence (“he said”, “Hannigan continued”).' },
  anonymous: { label: 'Unnamed source', explanation: 'The article describes the source without naming it.' },
  term: { label: 'Term or scare quote', explanation: 'A word or phrase in quotation marks that no one is reported as saying.' },
  unattributed: { label: 'No speaker given', explanation: 'The article gives no speaker, and the editors do not guess one.' },
};
