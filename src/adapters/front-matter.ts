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

// Front matter a page shows its readers: a description or summary under the title, and FAQ entries.
const SHOWN = ['description', 'summary', 'subtitle', 'tagline', 'tldr', 'lede', 'abstract'];
const FAQ_KEYS = ['faq', 'faqs', 'faq_schema', 'questions'];

/**
 * Why: a description or a FAQ kept in front matter is page text a reader sees (and where vendors repeat their
 * boldest claims). Returned as Markdown to read before the body; sentences the body already says are left out.
 */
export function shownFrontMatter(data: Record<string, unknown>, body: string): string {
  const seen = (s: string) => body.includes(s.trim().slice(0, 80));
  const out: string[] = [];
  for (const key of SHOWN) {
    const v = data[key];
    if (typeof v !== 'string' || v.trim() === '') continue;
    const fresh = v.split(/(?<=[.!?])\s+/).filter((s) => !seen(s));
    if (fresh.length > 0) out.push(fresh.join(' '));
  }
  for (const key of FAQ_KEYS) {
    const list = data[key];
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      if (!item || typeof item !== 'object') continue;
      const entry = item as Record<string, unknown>;
      const q = entry.q ?? entry.question ?? entry.name;
      const a = entry.a ?? entry.answer ?? entry.acceptedAnswer ?? entry.text;
      if (typeof q === 'string' && typeof a === 'string' && !seen(a)) out.push(`**${q.trim()}**`, a.trim());
    }
  }
  return out.map((p) => p.replace(/\s+/g, ' ')).join('\n\n');
}
