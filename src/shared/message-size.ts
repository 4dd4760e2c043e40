// How big a message is, told without serializing it, so no page can make a message between contexts exceed the
// browser's limit (Chrome refuses messages over 64 MiB, and a popup that parses one that large hangs or dies).
import type { Block } from '../core/article';

/**
 * Why: the most any one message may carry, in (estimated) UTF-8 bytes of JSON: half of Chrome's 64 MiB, so the
 * estimate's slack and the envelope never matter.
 */
export const MESSAGE_LIMIT = 32 * 1024 * 1024;

/** Why: the article's text travels in batches of blocks; a batch also stops at this many characters. */
export const CHARS_PER_MESSAGE = 1_000_000;

// JSON escapes quotes and backslashes as 2 characters, controls and lone surrogates as 6; other non-ASCII characters are up to 3
// bytes of UTF-8. A string holding any of them is counted at that worst case per character.
// oxlint-disable-next-line no-control-regex -- the control range is the point
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;
const NOT_ASCII = /[^\u0020-\u007e]/;
// Printable ASCII but the quote and the backslash, one byte each: nearly every string of a report, told in one scan.
const PLAIN = /^[ !#-[\]-~]*$/;

function stringBytes(s: string): number {
  if (PLAIN.test(s)) return s.length + 2;
  const per = ESCAPED.test(s) ? 6 : NOT_ASCII.test(s) ? 3 : 1;
  return s.length * per + 2;
}

/**
 * Why: an upper-bound estimate of a value's JSON size in bytes; stops walking once past `limit`. Linear in the
 * value, and no string is built.
 */
export function messageSize(value: unknown, limit = Number.POSITIVE_INFINITY): number {
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && total <= limit) {
    const v = stack.pop();
    if (typeof v === 'string') total += stringBytes(v);
    // The longest number JSON writes: a sign, "0.", five zeros and 17 digits ("-0.0000010195545584842331").
    else if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) total += 25;
    else if (Array.isArray(v)) {
      total += 2 + v.length;
      for (const x of v) stack.push(x);
    } else if (typeof v === 'object') {
      // Braces, and per entry its key, a colon and a comma (own keys, as JSON.stringify reads them).
      total += 2;
      const o = v as Record<string, unknown>;
      for (const k in o) {
        if (!Object.hasOwn(o, k)) continue;
        total += stringBytes(k) + 2;
        stack.push(o[k]);
      }
    }
  }
  return total;
}

/** Why: the one test every sender and replier applies. */
export function fitsMessage(value: unknown, limit = MESSAGE_LIMIT): boolean {
  return messageSize(value, limit) <= limit;
}

/** Why: "31.5 MB" for the error a reader sees when a page or report is too large to pass between contexts. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/**
 * Why: where the next batch of an article's blocks ends: at most `maxBlocks` blocks and CHARS_PER_MESSAGE
 * characters, but always at least one block (a single block larger than a message is refused by the size check).
 */
export function batchEnd(blocks: readonly Block[], from: number, maxBlocks: number): number {
  let chars = 0;
  let end = from;
  while (end < blocks.length && end - from < maxBlocks) {
    chars += blocks[end]!.text.length;
    if (end > from && chars > CHARS_PER_MESSAGE) break;
    end++;
  }
  return end;
}

// oxlint-disable-next-line no-control-regex -- every ASCII character, controls too
const ASCII = /^[\u0000-\u007f]*$/;

/** Why: the bytes a string takes in UTF-8 (what the quota counts), without encoding a copy of it. */
export function utf8Bytes(text: string): number {
  // Nearly every report is ASCII: one scan by the regexp engine, not a loop in script.
  if (ASCII.test(text)) return text.length;
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    // A surrogate pair is 4 bytes (2 more for its 2 units); a lone surrogate is written as U+FFFD, 3 like the rest
    // from U+0800 on; U+0080 to U+07FF take 2.
    const pair = c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    n += pair ? 2 : c < 0x800 ? 1 : 2;
    if (pair) i++;
  }
  return n;
}

// One serialization per value: the worker writes a state to session storage and sends it to the views as the same
// text (states are never changed once made: every change makes a new one).
const texts = new WeakMap<object, string>();

/** Why: JSON.stringify, once per object however many places send or keep it. */
export function jsonOf(value: object): string {
  let text = texts.get(value);
  if (text === undefined) texts.set(value, (text = JSON.stringify(value)));
  return text;
}
