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

/** Why: one configured parser: raw HTML on, bare URLs linked, no typography rewrites of the author's text. */
function createParser(): MarkdownIt {
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
  return md;
}

let parser: MarkdownIt | null = null;

/** Why: the adapter for .md files; front matter stripped (its title kept), fence languages kept in lower case. */
export function markdownToArticle(
  md: string,
  opts: { file?: string | null; url?: string | null } = {},
): Article {
  const { body, title, data } = splitFrontMatter(typeof md === 'string' ? md : '');
  parser ??= createParser();
  const shown = shownFrontMatter(data, body);
  let html: string;
  try {
    html = parser.render(withoutMarkup(shown ? `${shown}\n\n${body}` : body));
  } catch {
    html = ''; // markdown-it does not throw on text; this guards against a pathological plugin state
  }
  const doc = parseHtml(html);
  const blocks = collectBlocks(doc, { record: false, wholeBody: true }).map((c) => c.block);
  const firstHeading = blocks.find((b) => b.kind === 'heading')?.text ?? '';
  return { title: title ?? firstHeading, url: opts.url ?? null, file: opts.file ?? null, blocks };
}
