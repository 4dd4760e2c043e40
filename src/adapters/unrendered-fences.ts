// Code fences that were never rendered: a Markdown post pasted into HTML shows "```python", the code, and "```"
// as paragraphs. This pass turns them back into one code block with its language, keeping the text map exact.
import type { Block, BlockKind } from '../core/article';
import { type Collected, clipSegments, clipSpans } from './text-builder';

const OPENER = /^(`{3,}|~{3,})([A-Za-z0-9_+#.-]*)(?=\s|$)/;
// How many blocks a pasted fence may span (blank lines inside the code make a paragraph each).
const MAX_SPAN = 200;
const PROSE: ReadonlySet<BlockKind> = new Set(['paragraph', 'blockquote', 'list-item']);
const INSIDE: ReadonlySet<BlockKind> = new Set(['paragraph', 'blockquote', 'list-item', 'heading']);

interface Piece {
  index: number; // block index
  from: number;
  to: number;
}

/** Why: the text a reader saw, line by line: the spaces that were line breaks become newlines again (1:1). */
function withBreaks(c: Collected): string {
  if (c.breaks.length === 0) return c.block.text;
  const chars = c.block.text.split('');
  for (const b of c.breaks) chars[b] = '\n';
  return chars.join('');
}

/** Why: where a closing fence sits in a block: the offset where the code before it ends, and where the rest starts. */
function findCloser(
  text: string,
  from: number,
  fence: string,
): { codeEnd: number; restStart: number } | null {
  const ch = fence[0] as string;
  let lineStart = from;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd).trim();
    if (line.length >= fence.length && line.split('').every((c) => c === ch)) {
      return { codeEnd: Math.max(from, lineStart - 1), restStart: nl < 0 ? text.length : nl + 1 };
    }
    if (nl < 0) {
      // Collapsed onto one line: "... print(x) ```" ends the fence.
      const tail = new RegExp(`\\s(${ch === '`' ? '`' : '~'}{${fence.length},})$`).exec(line);
      if (tail && lineEnd - tail[0].length >= from)
        return { codeEnd: lineEnd - tail[0].length, restStart: text.length };
      return null;
    }
    lineStart = nl + 1;
  }
  return null;
}

/** Why: builds the merged code block and its map from pieces of consecutive blocks. */
function merge<T extends Collected>(
  items: T[],
  pieces: Piece[],
  texts: string[],
  language: string | null,
): Collected {
  let text = '';
  const segments: NonNullable<Collected['segments']> = [];
  let record = true;
  for (const p of pieces) {
    const source = texts[p.index] as string;
    let { from, to } = p;
    while (from < to && /\s/.test(source[from] as string)) from++;
    while (to > from && /\s/.test(source[to - 1] as string)) to--;
    if (to <= from) continue;
    if (text) text += '\n';
    const shift = text.length - from;
    text += source.slice(from, to);
    const segs = (items[p.index] as T).segments;
    if (segs) segments.push(...clipSegments(segs, from, to, shift));
    else record = false;
  }
  const block: Block = { kind: 'code', text, links: [], language };
  return { block, segments: record ? segments : null, breaks: [] };
}

/** Why: the rest of a block after its closing fence stays prose, with its offsets shifted. */
function remainder(c: Collected, from: number): Collected | null {
  const text = c.block.text;
  while (from < text.length && /\s/.test(text[from] as string)) from++;
  if (from >= text.length) return null;
  const to = text.length;
  const block: Block = { ...c.block, text: text.slice(from), links: clipSpans(c.block.links, from, to) };
  if (c.block.marks) block.marks = clipSpans(c.block.marks, from, to);
  return {
    block,
    segments: c.segments && clipSegments(c.segments, from, to),
    breaks: c.breaks.filter((b) => b >= from).map((b) => b - from),
  };
}

/** Why: a code block whose own text still carries its fence lines (an indented or pasted fence in a <pre>). */
function unwrapFencedCode(c: Collected): Collected {
  const text = c.block.text;
  const open = OPENER.exec(text);
  if (!open) return c;
  const firstNl = text.indexOf('\n');
  if (firstNl < 0 || text.slice(open[0].length, firstNl).trim() !== '') return c;
  const lastNl = text.lastIndexOf('\n');
  const last = text.slice(lastNl + 1).trim();
  const ch = (open[1] as string)[0] as string;
  if (lastNl <= firstNl || last.length < (open[1] as string).length || !last.split('').every((x) => x === ch))
    return c;
  const from = firstNl + 1;
  const to = lastNl;
  const language = c.block.language ?? (open[2] ? (open[2] as string).toLowerCase() : null);
  return {
    block: { ...c.block, text: text.slice(from, to), links: clipSpans(c.block.links, from, to), language },
    segments: c.segments && clipSegments(c.segments, from, to),
    breaks: [],
  };
}

/** Why: one pass over the walker's output; linear, and leaves anything that is not a closed fence untouched. */
export function mergeUnrenderedFences(items: Collected[]): Collected[] {
  const out: Collected[] = [];
  // Memos keep hostile input (thousands of unclosed openers) linear: each block is rendered and scanned once per fence.
  const texts: string[] = [];
  const textOf = (j: number): string => (texts[j] ??= withBreaks(items[j] as Collected));
  const closers = new Map<string, ReturnType<typeof findCloser>>();
  const closerIn = (j: number, fence: string): ReturnType<typeof findCloser> => {
    const key = `${j}:${fence}`;
    if (!closers.has(key)) closers.set(key, findCloser(textOf(j), 0, fence));
    return closers.get(key) ?? null;
  };
  for (let i = 0; i < items.length; i++) {
    const c = items[i] as Collected;
    if (c.block.kind === 'code') {
      out.push(unwrapFencedCode(c));
      continue;
    }
    const open = PROSE.has(c.block.kind) ? OPENER.exec(c.block.text) : null;
    if (!open) {
      out.push(c);
      continue;
    }
    const fence = open[1] as string;
    const language = open[2] ? (open[2] as string).toLowerCase() : null;
    const pieces: Piece[] = [];
    let done: { index: number; restStart: number } | null = null;
    const first = open[0].length;
    const closeHere = findCloser(textOf(i), first, fence);
    if (closeHere) {
      pieces.push({ index: i, from: first, to: closeHere.codeEnd });
      done = { index: i, restStart: closeHere.restStart };
    } else {
      pieces.push({ index: i, from: first, to: textOf(i).length });
      for (let j = i + 1; j < items.length && j <= i + MAX_SPAN; j++) {
        const cj = items[j] as Collected;
        if (!INSIDE.has(cj.block.kind)) break;
        const close = closerIn(j, fence);
        if (close) {
          pieces.push({ index: j, from: 0, to: close.codeEnd });
          done = { index: j, restStart: close.restStart };
          break;
        }
        pieces.push({ index: j, from: 0, to: textOf(j).length });
      }
    }
    if (!done) {
      out.push(c);
      continue;
    }
    const merged = merge(items, pieces, texts, language);
    if (merged.block.text.trim() === '') {
      out.push(c);
      continue;
    }
    out.push(merged);
    const rest = remainder(items[done.index] as Collected, done.restStart);
    if (rest) out.push(rest);
    i = done.index;
  }
  return out;
}
