// Inline suppressions, written in the article by the person who knows the claim is fine:
//   <!-- claimlens-disable-next-line unsupported-number -- measured in our own lab -->
//   <!-- claimlens-disable unsupported-superlative --> ... <!-- claimlens-enable unsupported-superlative -->
// HTML comments in Markdown and HTML; MDX, which has no HTML comments, writes {/* claimlens-disable ... */}.
// No rule names means every rule. Text after " -- " is the reason, for the reader of the source.
import { lineIndex } from '../adapters/source-text';
import type { Finding } from '../core/report';

/** Why: one comment, reduced to the lines it covers and the rules it names (null: all rules). */
export interface Directive {
  kind: 'next-line' | 'disable' | 'enable';
  rules: string[] | null;
  /** 1-based line of the comment's start. */
  line: number;
  /** next-line: the lines it covers, first to last (the paragraph or element that follows the comment). */
  from?: number;
  to?: number;
}

const DIRECTIVE =
  /(?:<!--|\{\s*\/\*)\s*claimlens-(disable-next-line|disable|enable)(?=[\s*-])([\s\S]*?)(?:-->|\*\/\s*\})/g;

// A line that starts another block in HTML (or raw HTML in Markdown), or another comment.
const BLOCK_START =
  /^\s*(?:<!--|\{\s*\/\*|<\/?(?:p|div|h[1-6]|li|ul|ol|table|thead|tbody|tr|td|th|section|article|blockquote|pre|figure|figcaption|header|footer|main|aside|nav|dl|dt|dd|hr|details|summary)\b)/i;

/** Why: parsed once per file (in the worker that read it); applied after the policy, by line. */
export function parseDirectives(source: string): Directive[] {
  const lines = source.split('\n');
  const index = lineIndex(source);
  const lineAt = (offset: number) => index.position(offset).line;
  const out: Directive[] = [];
  for (const m of source.matchAll(DIRECTIVE)) {
    const [, kind, body = ''] = m as unknown as [string, Directive['kind'] | 'disable-next-line', string];
    const names = body
      .split(/\s--\s|\s--$/)[0]!
      .split(/[\s,]+/)
      .filter(Boolean);
    const directive: Directive = {
      kind: kind === 'disable-next-line' ? 'next-line' : kind,
      rules: names.length ? names : null,
      line: lineAt(m.index ?? 0),
    };
    if (directive.kind === 'next-line') {
      // The next line with text, and the block it starts: up to a blank line or the next HTML block element.
      let from = lineAt((m.index ?? 0) + m[0].length) + 1;
      while (from <= lines.length && !lines[from - 1]!.trim()) from++;
      let to = from;
      while (to < lines.length && lines[to]!.trim() && !BLOCK_START.test(lines[to]!)) to++;
      Object.assign(directive, { from, to });
    }
    out.push(directive);
  }
  return out;
}

/** Why: a finding at `line` (null when its place in the file is unknown: never suppressed) is dropped or kept. */
export function isSuppressed(directives: readonly Directive[], rule: string, line: number | null): boolean {
  if (line === null) return false;
  const names = (d: Directive) => d.rules === null || d.rules.includes(rule);
  let disabled = false;
  for (const d of directives) {
    if (d.kind === 'next-line') {
      if (names(d) && line >= d.from! && line <= d.to!) return true;
      continue;
    }
    if (d.line > line) break;
    if (names(d)) disabled = d.kind === 'disable';
  }
  return disabled;
}

/** Why: the suppressions of one file applied to its findings, by each finding's line. */
export function unsuppressed(
  findings: readonly Finding[],
  directives: readonly Directive[],
  lineOf: (f: Finding) => number | null,
): Finding[] {
  if (directives.length === 0) return [...findings];
  return findings.filter((f) => !isSuppressed(directives, f.rule, lineOf(f)));
}
