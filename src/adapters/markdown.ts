// Markdown -> Article: markdown-it renders to HTML (raw HTML blocks included), linkedom parses it, and the one
// DOM walker reads it, so Markdown and HTML articles produce blocks by exactly the same rules.
import markdownit, { type MarkdownIt, type StateBlock } from 'markdown-it';
import type { Article } from '../core/article';
import { shownFrontMatter, splitFrontMatter } from './front-matter';
import { withoutMarkup } from './markdown-markup';
import { collectBlocks } from './html';
import { parseHtml } from './linkedom';

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

const WWW = /(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?(?:\/[^\s<>"']*[^\s<>"'.,;:!?)\]])?/iy;

/** Why: the attribute that carries a block's first source line (0-based, in the Markdown body) into the HTML. */
export const SOURCE_LINE_ATTR = 'data-cl-line';

/** Why: one configured parser: raw HTML on, bare URLs linked, no typography rewrites of the author's text. */
function createParser(lines: boolean): MarkdownIt {
  const md = markdownit({ html: true, linkify: true, typographer: false });
  // Link bare URLs the way GitHub does (http(s)://, www., e-mail), not bare names: "app.py" and "README.md"
  // end in country domains and would otherwise become links that "support" the sentence they sit in.
  md.linkify.set({ fuzzyLink: false });
  md.linkify.add('www.', {
    validate: (text: string, pos: number) => {
      WWW.lastIndex = pos;
      return WWW.exec(text)?.[0].length ?? 0;
    },
    normalize: (match: { url: string }) => {
      match.url = `http://${match.url}`;
    },
  });
  // Keep every href, even javascript: or data: — the checks must see what the author wrote (nothing is rendered).
  md.validateLink = () => true;
  // "[^1]: text" is a footnote, not a link reference definition: leave it (and the "[^1]" markers) as text.
  const reference = md.block.ruler.__rules__.find((r) => r.name === 'reference');
  if (reference) {
    const original: BlockRule = reference.fn;
    const guarded: BlockRule = (state, startLine, endLine, silent) => {
      const pos = (state.bMarks[startLine] ?? 0) + (state.tShift[startLine] ?? 0);
      if (state.src.startsWith('[^', pos)) return false;
      return original(state, startLine, endLine, silent);
    };
    md.block.ruler.at('reference', guarded, { alt: reference.alt });
  }
  // The CLI's source positions: each block element says which line it starts on (token maps are 0-based lines).
  if (lines)
    md.core.ruler.push('claimlens_lines', (state) => {
      for (const t of state.tokens)
        if (t.map && t.nesting >= 0) t.attrSet(SOURCE_LINE_ATTR, String(t.map[0]));
      return true;
    });
  return md;
}

const parsers: { plain?: MarkdownIt; lines?: MarkdownIt } = {};

/** Why: Markdown to HTML by the adapter's rules; `lines` marks each block element with its first source line. */
export function renderMarkdown(body: string, opts: { lines?: boolean } = {}): string {
  const parser = opts.lines
    ? (parsers.lines ??= createParser(true))
    : (parsers.plain ??= createParser(false));
  try {
    return parser.render(body);
  } catch {
    return ''; // markdown-it does not throw on text; this guards against a pathological plugin state
  }
}

/** Why: Jekyll's '{{ page.title }}', which the adapter reads as the front matter's title (not text of the file). */
export const PAGE_TITLE = /\{\{\s*page\.title\s*\}\}/g;

/**
 * Why: what markdown-it renders, for the article and for the CLI's source map alike: front matter the page shows
 * first (its description, summary, FAQ), then the body with non-Markdown markup removed line by line (so the body's
 * lines keep their numbers, shifted by `prefixLines`).
 */
export function markdownBody(md: string): { body: string; title: string | null; prefixLines: number } {
  const split = splitFrontMatter(md);
  const { title, data } = split;
  // "{{ page.title }}" over "====": a Jekyll post's heading is its front matter's title when the site is built.
  const body = title ? split.body.replace(PAGE_TITLE, () => title) : split.body;
  const shown = shownFrontMatter(data, body);
  const prefix = shown ? `${shown}\n\n` : '';
  return { body: prefix + withoutMarkup(body), title, prefixLines: prefix.split('\n').length - 1 };
}

/** Why: the adapter for .md files; front matter stripped (its title kept), fence languages kept in lower case. */
export function markdownToArticle(
  md: string,
  opts: { file?: string | null; url?: string | null } = {},
): Article {
  const { body, title } = markdownBody(typeof md === 'string' ? md : '');
  const doc = parseHtml(renderMarkdown(body));
  const blocks = collectBlocks(doc, { record: false, wholeBody: true }).map((c) => c.block);
  const firstHeading = blocks.find((b) => b.kind === 'heading')?.text ?? '';
  return { title: title ?? firstHeading, url: opts.url ?? null, file: opts.file ?? null, blocks };
}
