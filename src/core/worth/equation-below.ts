// A figure worked out right below it: "This averages to about 1,157 requests per second" over a "Math" toggle that
// reads "3,000,000,000 requests per month / 30 days / 24 hours / 60 minutes / 60 seconds = ~1157 requests/second".
import type { Block } from '../article';

// An equation's result: "= ~1157 requests/second", "= 771 mb/second", "≈ 3.2".
const RESULT = /(?:^|[\s)])=\s*[~≈]?\s*(\d[\d,]*(?:\.\d+)?)/g;

/**
 * Why: "This averages to about 1,157 requests per second" over a "Math" toggle that reads "3,000,000,000 requests per
 * month / 30 days / 24 hours / 60 minutes / 60 seconds = ~1157 requests/second": the figure is worked out right below
 * it. Whether one of the next two blocks (before a heading) has an equation whose result is `value`, to 0.5%.
 */
export function equationGives(blocks: readonly Block[], b: number, value: number): boolean {
  if (value === 0) return false;
  for (let k = b + 1; k <= b + 2 && k < blocks.length; k++) {
    const block = blocks[k]!;
    if (block.kind === 'heading') return false;
    if (!block.text.includes('=')) continue;
    for (const m of block.text.matchAll(RESULT)) {
      const x = Number(m[1]!.replace(/,/g, ''));
      if (Math.abs(x - value) <= Math.abs(value) * 0.005) return true;
    }
  }
  return false;
}

// RESULT without its global state (a test would move the lastIndex the matchAll above starts from).
const HAS_RESULT = new RegExp(RESULT.source);
// An assignment: "timeout_ms = 60 * 1000", "`CACHE_TTL = 24 * 3600`".
const SETTING = /^\W*[A-Za-z_][\w.]*\s*=/;
// Arithmetic between figures: "(251 bytes * 5 packets) / 12.5 ms", "216μs / 708μs", "3 × 4".
const OPERATION = /\d[\d.,]*\s*(?:[\p{L}%]{1,12}\s*)?\)?\s*[*/×÷+]\s*\(?\s*\d/u;

/**
 * Why: "This gives us a ~13% improvement in overall throughput:" over "`(251 bytes * 5 packets) / 12.5 ms =
 * 100.4kBytes/sec = 0.803Mbps`": a sentence that leads into an equation presents what the equation works out.
 * Whether the block right below (before a heading) is such an equation.
 */
export function equationFollows(blocks: readonly Block[], b: number): boolean {
  const block = blocks[b + 1];
  if (!block || block.kind === 'heading' || !block.text.includes('=')) return false;
  // (not a setting: "timeout_ms = 60 * 1000" names what it sets)
  return HAS_RESULT.test(block.text) && OPERATION.test(block.text) && !SETTING.test(block.text);
}
