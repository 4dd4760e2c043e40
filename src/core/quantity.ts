// What one quantity is: the output of both scanners, quantities.ts (figures) and word-quantities.ts (words), kept
// apart from either so neither imports the other back.
import type { Range } from './sentences';

/** Why: the numeric claim kinds; `superlative`/`comparative`/`weasel` come from phrases, not numbers. */
export type QuantityKind = 'percentage' | 'number' | 'money' | 'multiplier' | 'duration' | 'range';

/** Why: one numeric assertion with its normalised value; offsets index the scanned text. */
export interface Quantity extends Range {
  kind: QuantityKind;
  value?: number;
  unit?: string;
  hedge?: string;
  max?: number;
  vague?: boolean;
}
