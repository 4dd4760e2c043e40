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
// Hugo's and Franklin's TOML front matter, between "+++" lines.
const TOML_FRONT_MATTER = /^\ufeff?\+\+\+[ \t]*\r?\n([\s\S]*?)(?:\r?\n)?^\+\+\+[ \t]*(?:\r?\n|$)/my;
// A top-level TOML key with a one-line string value: "title = \"Julia 1.9 Highlights\"", 'k = \'...\'', k = """...""".
// Zine's ".title = \"...\"," lines read the same way (the dot and the comma aside).
const TOML_STRING =
  /^[ \t]*\.?([\w-]+)[ \t]*=[ \t]*(?:"""(.*?)"""|"((?:[^"\\\r\n]|\\.)*)"|'([^'\r\n]*)')[ \t]*,?[ \t]*(?:#.*)?$/gm;
const ZON_FIRST_KEY = /^\s*\.[A-Za-z_][\w-]*[ \t]*=/;
// "Title: I sped up the test suite by 2x\nTags: Go, SQL\n---": key lines at the very top, closed by a "---" line only;
// the first key is the title or the date, as such headers open.
const UNOPENED_FRONT_MATTER =
  /^\ufeff?(Title[ \t]*:[^\r\n]*\r?\n(?:[A-Z][\w-]*[ \t]*:[^\r\n]*\r?\n){0,20})---[ \t]*(?:\r?\n|$)/y;
// Nikola's metadata comment at the top of a post: "<!--\n.. title: Mining JIT traces\n.. slug: ...\n-->".
const NIKOLA_TITLE = /^\ufeff?\s*<!--[ \t]*\r?\n(?:\.\.[ \t]+[\w-]+:.*\r?\n)*?\.\.[ \t]+title:[ \t]*(.*\S)/y;

/** Why: split once, so both the Markdown adapter and the CLI's sniffing agree on what is front matter. */
export function splitFrontMatter(md: string): FrontMatter {
  if (typeof md !== 'string') return { body: '', data: {}, title: null };
  TOML_FRONT_MATTER.lastIndex = 0;
  const toml = TOML_FRONT_MATTER.exec(md);
  if (toml) return withTitle(md.slice(toml[0].length), tomlStrings(toml[1] ?? ''));
  FRONT_MATTER.lastIndex = 0;
  const m = FRONT_MATTER.exec(md);
  if (!m) {
    // Pelican-style "Title: ..." lines closed by a "---" line, with no opening one.
    UNOPENED_FRONT_MATTER.lastIndex = 0;
    const keys = UNOPENED_FRONT_MATTER.exec(md);
    if (keys) {
      const data: Record<string, unknown> = {};
      for (const line of keys[1]!.split(/\r?\n/)) {
        const at = line.indexOf(':');
        if (at > 0) data[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
      }
      return withTitle(md.slice(keys[0].length), data);
    }
    // No front matter; a Nikola comment (which renders as nothing) may still name the title.
    NIKOLA_TITLE.lastIndex = 0;
    const nikola = NIKOLA_TITLE.exec(md)?.[1];
    return nikola ? withTitle(md, { title: nikola }) : { body: md, data: {}, title: null };
  }
  const yaml = m[1] ?? '';
  // Zine's SuperMD writes its front matter in Zig's object notation (".title = \"...\","), between "---" lines.
  if (ZON_FIRST_KEY.test(yaml)) return withTitle(md.slice(m[0].length), tomlStrings(yaml));
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
  return withTitle(md.slice(m[0].length), data);
}

// Where front matter keeps the title: "title", or (Inngest, some Next.js blogs) "heading" or "headline".
const TITLE_KEYS = ['title', 'heading', 'headline'];

function withTitle(body: string, data: Record<string, unknown>): FrontMatter {
  const key = TITLE_KEYS.find((k) => typeof data[k] === 'string' || typeof data[k] === 'number');
  const t = key === undefined ? undefined : data[key];
  const title =
    typeof t === 'string' || typeof t === 'number' ? String(t).replace(/\s+/g, ' ').trim() || null : null;
  return { body, data, title };
}

// The one-line string values of a TOML block's top-level keys (those before its first [table] header): what the
// title and the shown description need. Other values are left out; nothing here throws.
function tomlStrings(toml: string): Record<string, unknown> {
  const table = /^[ \t]*\[/m.exec(toml);
  const top = table ? toml.slice(0, table.index) : toml;
  const data: Record<string, unknown> = {};
  for (const m of top.matchAll(TOML_STRING)) {
    const [, key, triple, basic, literal] = m;
    let value = triple ?? literal;
    if (basic !== undefined) {
      try {
        value = JSON.parse(`"${basic}"`) as string;
      } catch {
        value = basic; // a TOML escape JSON lacks (\U0001F600, \e): the raw text is still the title
      }
    }
    if (key && value !== undefined && !(key in data)) data[key] = value;
  }
  return data;
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
