// YAML front matter ("---" ... "---" at the very top of a Markdown file): stripped from the text, title kept.
import { parse } from 'yaml';

/** Why: front matter is metadata, not prose; its numbers (dates, ids) must never become claims. */
export interface FrontMatter {
  /** The Markdown after the front matter (the input unchanged when there is none). */
  body: string;
  /** The parsed YAML mapping; {} when absent or unparseable. */
  data: Record<string, unknown>;
  /** `title` from the front matter, when it is a non-empty string or number. */
  title: string | null;
}

// Sticky (tried only at index 0) and lazy: one linear scan for the closing line, whatever the input.
const FRONT_MATTER = /^\ufeff?---[ \t]*\r?\n([\s\S]*?)(?:\r?\n)?^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/my;

/** Why: split once, so both the Markdown adapter and the CLI's sniffing agree on what is front matter. */
export function splitFrontMatter(md: string): FrontMatter {
  FRONT_MATTER.lastIndex = 0;
  const m = typeof md === 'string' ? FRONT_MATTER.exec(md) : null;
  if (!m) return { body: typeof md === 'string' ? md : '', data: {}, title: null };
  const yaml = m[1] ?? '';
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = parse(yaml, { uniqueKeys: false, logLevel: 'error' });
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      data = parsed as Record<string, unknown>;
    // A leading horizontal rule with prose under it is not front matter: keep the text.
    else if (parsed !== null && parsed !== undefined) return { body: md, data: {}, title: null };
  } catch {
    // Broken YAML is still front matter when it looks like "key: value"; strip it, keep no title.
    if (!/^\s*[\w-]+\s*:/.test(yaml)) return { body: md, data: {}, title: null };
  }
  const body = md.slice(m[0].length);
  const t = data.title;
  const title =
    typeof t === 'string' || typeof t === 'number' ? String(t).replace(/\s+/g, ' ').trim() || null : null;
  return { body, data, title };
}
