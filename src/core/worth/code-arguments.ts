// A count the code shown above it sets: "for 100,000 messages received" under `nats-publisher foo test 100000`, "the
// 5000 iterations" under `for i in range(5000)`. The reader sees where the figure comes from: the run's argument.
import type { Block } from '../article';

// How far above a figure the code it reads may be (blocks), within its section.
const CODE_REACH = 8;
// Below this a figure is too common in code (2, 10, 64) to say that the code set it.
const SMALLEST = 100;

/** Why: whether a code block at most CODE_REACH blocks above `b`, in its section, holds `value` as a literal. */
export function codeSetsFigure(blocks: readonly Block[], b: number, value: number): boolean {
  if (!Number.isInteger(value) || value < SMALLEST) return false;
  const digits = String(value);
  // As code writes an integer: plain, or grouped by "_" or "," in threes ("100_000"); not inside a longer number,
  // a version ("1.100") or a name ("v100", "x100").
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, '[_,]?');
  const literal = new RegExp(`(?<![\\w.])${grouped}(?![\\w]|\\.\\d)`);
  for (let k = b - 1; k >= 0 && k >= b - CODE_REACH; k--) {
    const block = blocks[k]!;
    if (block.kind === 'heading') return false;
    if (block.kind === 'code' && literal.test(block.text)) return true;
  }
  return false;
}
