/**
 * How each stance looks on the map and in labels: a fill and a pattern, so the map never relies
 * on colour alone, and the legend and table name every value in words.
 */
import type { Stance } from '../vocabulary/stances';

export interface StanceStyle {
  fill: string;
  /** Pattern drawn over the fill: none, hatch, dots or cross. */
  pattern: 'none' | 'hatch' | 'dots' | 'cross';
}

export const STANCE_STYLES: Record<Stance, StanceStyle> = {
  ban: { fill: '#8b1a1a', pattern: 'none' },
  restricted: { fill: '#d9622b', pattern: 'hatch' },
  mitigation: { fill: '#e8b21f', pattern: 'dots' },
  'no-restriction': { fill: '#2f7d4f', pattern: 'none' },
  'under-review': { fill: '#5b7db8', pattern: 'cross' },
  unknown: { fill: '#9aa3ad', pattern: 'hatch' },
};

/** Countries the articles do not describe. */
export const UNDESCRIBED_FILL = '#e4e7eb';
