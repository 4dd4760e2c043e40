// MDX -> Markdown, before the Markdown adapter reads it: ESM lines (import/export), block JSX tags and {expression}
// lines are blanked, the Markdown between them is kept. Lines are blanked, never removed, so every line and column
// of what is left is where it was in the .mdx file (the CLI's source positions and inline suppressions rely on it).

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ESM = /^(import|export)\b/;
// A line that opens or closes a JSX element or fragment: <Chart, </Chart>, <>, </>, <motion.div ...
const JSX_TAG = /^ {0,3}(?:<\/?>|<\/?(?:[A-Z][\w.]*|[a-z]+\.[\w.]+)(?=[\s/>]|$))/;
const EXPRESSION = /^ {0,3}\{/;
// An HTML tag written as JSX: <img ... style={{ maxWidth: "50%" }} />. Markdown would read its attributes as text.
const HTML_TAG = /^ {0,3}<[a-z][\w-]*(?=[\s/>]|$)/;
const JSX_ATTRIBUTE = /\s[\w:-]+=\{/;
// A picture the post shows: an <img> (JSX attributes and all), or a component named for one or given a picture file
// ('<Screenshot src="/img/chart.png" />', '<TaskDurationBarChart ... />'). It becomes a Markdown image, not a blank
// line, so the paragraphs beside it know a figure stands there (the walker's figureAbove and figureBelow); raw HTML
// would take the lines under it, up to a blank one, as HTML and leave their Markdown unread.
// ('<ImgWithCaption source="img/wau.png" />': a picture's name may go on "With...", and Docusaurus calls its file
// "source"; "<GraphQLPlayground>" and "<FigureCaption>" are no pictures.)
const PICTURE_NAME =
  /^ {0,3}<(?:img|(?:[A-Z][\w.]*?)?(?:Image|Img|Screenshot|Figure|Picture|Photo|Chart|Graph|Diagram|Plot)(?:With[A-Z]\w*)?)(?=[\s/>]|$)/;
const PICTURE_SRC = /\b(?:src|source)\s*=\s*["'][^"']+\.(?:png|jpe?g|gif|webp|avif|svg)(?:[?#][^"']*)?["']/i;

/** Why: the CLI and the Node API decide alike whether a text is MDX: by its .mdx name, or by MDX lines in it. */
export function readsAsMdx(name: string, source: string): boolean {
  return /\.mdx$/i.test(name) || looksLikeMdx(source);
}

/** Why: MDX posts (Docusaurus, Astro, Next.js blogs) are Markdown plus JSX; the claims are in the Markdown. */
export function mdxToMarkdown(source: string): string {
  const lines = source.split('\n');
  let fence: string | null = null;
  let mode: 'esm' | 'tag' | 'expr' | null = null;
  let depth = 0; // open braces of a multi-line {expression}
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (mode === null && fence === null) {
      const open = FENCE.exec(line);
      if (open) {
        fence = open[1] as string;
        continue;
      }
    } else if (fence !== null) {
      const close = FENCE.exec(line);
      if (close && (close[1] as string)[0] === fence[0] && (close[1] as string).length >= fence.length)
        fence = null;
      continue;
    }
    if (mode === 'esm') {
      // An ESM block ends at a blank line, as in MDX itself.
      if (line.trim() === '') mode = null;
      else lines[i] = blank(line);
      continue;
    }
    if (mode === 'tag') {
      lines[i] = blank(line);
      if (tagEnds(line)) mode = null;
      continue;
    }
    if (mode === 'expr') {
      lines[i] = blank(line);
      depth += braces(line);
      if (depth <= 0) mode = null;
      continue;
    }
    if (ESM.test(line)) {
      lines[i] = blank(line);
      mode = 'esm';
    } else if (JSX_TAG.test(line) || (HTML_TAG.test(line) && jsxAttributes(lines, i))) {
      // A tag whose attributes run over several lines ends on the line with its closing ">".
      const shown = isPicture(lines, i);
      const gone = shown ? picture(line, altOf(lines, i)) : blank(line);
      if (shown) unwrap(lines, i, i + tagLines(lines, i).length - 1);
      if (!tagEnds(line)) {
        lines[i] = gone;
        mode = 'tag';
      } else if (!hasText(line)) lines[i] = gone;
      // else: `<Note>Costs fell 40%.</Note>` on one line is inline HTML to Markdown: its text is kept.
    } else if (EXPRESSION.test(line)) {
      lines[i] = blank(line);
      depth = braces(line);
      if (depth > 0) mode = 'expr';
    }
  }
  return lines.join('\n');
}

// Whether the HTML tag opened on line `i` gives an attribute a {expression} before it closes (within 20 lines).
function jsxAttributes(lines: string[], i: number): boolean {
  return tagLines(lines, i).some((line) => JSX_ATTRIBUTE.test(line));
}

// The lines of the tag opened on line `i`, to the one it closes on (at most 20).
function tagLines(lines: string[], i: number): string[] {
  const out: string[] = [];
  for (let k = i; k < Math.min(lines.length, i + 20); k++) {
    out.push(lines[k] as string);
    if (tagEnds(lines[k] as string)) break;
  }
  return out;
}

/**
 * Why: Docusaurus and other MDX blogs keep MDX in .md files; ESM lines or a tag with a {expression} attribute outside
 * code fences say a .md file is MDX, to be read as such.
 */
export function looksLikeMdx(source: string): boolean {
  let fence: string | null = null;
  const lines = source.split('\n');
  for (const [i, line] of lines.entries()) {
    const mark = FENCE.exec(line);
    if (mark) {
      const m = mark[1] as string;
      if (fence === null) fence = m;
      else if (m[0] === fence[0] && m.length >= fence.length) fence = null;
      continue;
    }
    if (fence !== null) continue;
    if (ESM_STATEMENT.test(line)) return true;
    if ((JSX_TAG.test(line) || HTML_TAG.test(line)) && jsxAttributes(lines, i)) return true;
  }
  return false;
}
// An ESM statement as MDX files start with: import X from '...', import '...', export const/default/function.
const ESM_STATEMENT =
  /^(?:import\s+(?:[\w$*{][^'"]*\s+from\s+)?['"]|export\s+(?:const|let|default|function)\b)/;

// Whether the tag opened on line `i` shows a picture (its name says so, or a src before it closes, within 20 lines).
function isPicture(lines: string[], i: number): boolean {
  return PICTURE_NAME.test(lines[i] as string) || tagLines(lines, i).some((line) => PICTURE_SRC.test(line));
}

// The line a picture's tag leaves: an image with no address and the tag's alt text (what the chart shows, for the
// sentences beside it), with the line's CR kept.
function picture(line: string, alt: string): string {
  return `![${alt.replace(/[[\]\\]/g, ' ')}]()${line.endsWith('\r') ? '\r' : ''}`;
}

const ALT = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/;

// The alt text of the tag opened on line `i` ('' when it has none), within 20 lines, up to the line it closes on.
function altOf(lines: string[], i: number): string {
  for (const line of tagLines(lines, i)) {
    const m = ALT.exec(line);
    if (m) return (m[1] ?? m[2] ?? '').trim();
  }
  return '';
}

// "<div>", the picture's tag, "</div>": a bare wrapper would make Markdown read all three lines as raw HTML, and the
// picture would be lost to the paragraphs beside it. A wrapper line holds no text: it goes.
const WRAP_OPEN = /^ {0,3}<(?:div|section|center|span)(?:\s[^<>]*)?>\s*$/;
const WRAP_CLOSE = /^ {0,3}<\/(?:div|section|center|span)>\s*$/;
function unwrap(lines: string[], first: number, last: number): void {
  if (first > 0 && WRAP_OPEN.test(lines[first - 1]!) && WRAP_CLOSE.test(lines[last + 1] ?? '')) {
    lines[first - 1] = blank(lines[first - 1]!);
    lines[last + 1] = blank(lines[last + 1]!);
  }
}

// Keeps a CR so CRLF files keep their line ends; everything else on the line goes.
function blank(line: string): string {
  return line.endsWith('\r') ? '\r' : '';
}

// Whether a JSX tag opened on this (or an earlier) line closes on it: a ">" outside {...} and quotes.
function tagEnds(line: string): boolean {
  let depth = 0;
  let quote: string | null = null;
  for (const ch of line) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (ch === '>' && depth <= 0) return true;
  }
  return false;
}

// Text outside the tags of a line (`<Badge>new</Badge>` has some; `<Chart data={x} />` has none).
function hasText(line: string): boolean {
  return /\S/.test(line.replace(/<[^<>]*>/g, ''));
}

function braces(line: string): number {
  let n = 0;
  for (const ch of line) n += ch === '{' ? 1 : ch === '}' ? -1 : 0;
  return n;
}
