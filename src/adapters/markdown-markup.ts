// Markup that is not Markdown but rides along in Markdown posts: MDX comments ({/* note */}), kramdown attribute
// lists ({: style="width: 68%"}),
// JSX tags with {expression} attributes (<img width="85%" src={x} />), Hugo and Liquid template tags on one line or
// over several ({{< figure width="800" >}}, {% include %}), and LaTeX math ($$2^{-24}$$). None of it is prose a reader reads as a
// claim; math is kept as inline code so its symbols stay visible but never count.

const FENCE = /^[ \t]*(```+|~~~+)/;
const ATTRIBUTE_LIST = /\{:[^}\n]*\}/g;
// A tag with a JSX expression attribute (`<img width="85%" src={useBaseUrl("a.png")} />`): Docusaurus reads .md as MDX,
// markdown-it does not take it for HTML and would print its attributes as text.
const JSX_ATTRIBUTE_TAG = /<[A-Za-z][\w.:-]*\s[^<>]*?=\s*\{[^<>]*?>/g;
// A line that is only a component's tag, opening or closing ("<TableWrapper>", '<Alert type="success">',
// "</TableWrapper>"): sites that read .md as MDX wrap Markdown in them, and markdown-it would read the Markdown up to
// the next blank line (a pipe table) as the tag's raw HTML. The line is blanked; an HTML element written in
// capitals ("<TABLE>", "<Figure>") is HTML and kept.
const COMPONENT_LINE = /^[ \t]{0,3}<\/?([A-Z][\w.]*)(?:\s[^<>{}]*)?>[ \t]*$/;
const HTML_NAMES = new Set([
  'table',
  'figure',
  'div',
  'span',
  'details',
  'summary',
  'video',
  'picture',
  'section',
  'center',
  'font',
  'br',
  'hr',
  'img',
  'p',
  'a',
  'b',
  'i',
  'u',
]);
// An ES module import ('import Screenshot from "@theme/Screenshot"'): Docusaurus reads .md posts as MDX, so they
// import components as .mdx files do. Code for the site's build, never shown.
const ESM_IMPORT =
  /^import\s+(?:[\w$]+|\{[^}\n]*\}|\*\s+as\s+[\w$]+)(?:\s*,\s*(?:\{[^}\n]*\}|[\w$]+))?\s+from\s+(['"])[^'"\n]+\1;?\s*$/;
const TEMPLATE_TAG = /\{\{<[^>\n]*>\}\}|\{\{%[^%\n]*%\}\}|\{%[^%\n]*%\}/g;
// A template tag over several lines ('{{< image width="100%"', its attributes, '>}}'): it opens a line and is
// dropped to where it closes, with the closer it needs, all but its caption; a blank line first ends it (no tag).
const TEMPLATE_OPENS: readonly [RegExp, RegExp][] = [
  [/^[ \t]*\{\{<(?![^\n]*>\}\})[^\n]*$/, /^[^\n]*?>\}\}/],
  [/^[ \t]*\{\{%(?![^\n]*%\}\})[^\n]*$/, /^[^\n]*?%\}\}/],
  [/^[ \t]*\{%(?![^\n]*%\})[^\n]*$/, /^[^\n]*?%\}/],
];
// A link whose destination the site generator writes: "[Presto 309+]({{site.url}}/download.html)",
// "[post]({% post_url 2019-05-01-orc %})", "[docs]({{< ref "docs" >}})". Readers get a working link, so it reads as a
// link into the site, as does "![chart]({{ BASE_PATH }}/assets/a.png)" (a site value with a path after it). A bare
// "{{link}}" names no site value and stays what it looks like: a placeholder.
const SITE_LINK =
  /(\]\(\s*<?|^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*<?)((?:\{\{[^}\n]*[.|<%][^}\n]*\}\}|\{\{[^}\n]*\}\}(?=\/)|\{%[^%\n]*%\})+)(\/?)/g;
// "[contact us](mailto:{{ site.email }})": the site's own address, filled in when it is built; an e-mail link still
// (no source for anything), named by the value it is filled from.
const SITE_MAILTO = /(\]\(\s*<?mailto:)\{\{\s*([\w.-]+)\s*\}\}/g;
const DISPLAY_MATH = /\$\$([^$]{1,2000}?)\$\$/g;
// A line that opens or closes display math: "$$" first (a formula may follow) or last (a formula before it).
const MATH_FENCE = /^\s*\$\$|\$\$\s*$/;
// Inline math: "$x^2$", "$\alpha$", "$O(n \log n)$"; not "$5 and $10" (money has no TeX in it).
const INLINE_MATH = /(?<![\\$\w])\$(?=[^\s$])([^$\n]{1,200}?[\\^_{}][^$\n]{0,200}?)(?<=\S)\$(?![\d$])/g;

// An MDX comment (`{/* GRAPHIC: bar chart, 83% vs 38% */}`): notes for the designer no reader sees, on one line or
// over several (Docusaurus reads .md as MDX, so .md posts carry them too).
const MDX_COMMENT = /\{\/\*[\s\S]*?\*\/\}/g;
const MDX_COMMENT_OPEN = /\{\/\*(?![\s\S]*?\*\/\})[\s\S]*$/;
const MDX_COMMENT_CLOSE = /^[\s\S]*?\*\/\}/;

// A table's delimiter row ("| --- | --- |") and the cells of a pipe row (outer pipes and escaped ones aside).
// (tested on the trimmed line, with no two space runs side by side: linear on a line of a million spaces)
const DELIMITER_ROW = /^\|?[ \t]*:?-+:?(?:[ \t]*\|[ \t]*:?-+:?)*[ \t]*\|?$/;
const cellsOf = (row: string): number =>
  row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/).length;

/**
 * Why: "| a | b | c |" over "| --- | --- |" is a table to kramdown (Jekyll's renderer) and to its readers, but not to
 * markdown-it, which wants one delimiter per header cell and would read the rows as one paragraph of pipes.
 */
function delimiterFor(line: string, header: string | undefined): string {
  if (!header || !line.includes('|') || !header.includes('|') || !DELIMITER_ROW.test(line.trim()))
    return line;
  const missing = cellsOf(header) - cellsOf(line);
  return missing > 0 ? `${line.trimEnd().replace(/\|?$/, '|')}${' --- |'.repeat(missing)}` : line;
}

/** Why: one pass over the Markdown outside code fences, before markdown-it renders it. */
export function withoutMarkup(md: string): string {
  if (!/[{$]|\|[ \t]*:?-|^[ \t]*<\/?[A-Z]|^import\s/m.test(md)) return md;
  let fence: string | null = null;
  let previous: string | undefined;
  let comment = false;
  let math = false;
  // The closer of a template tag left open on an earlier line.
  let tagClose: RegExp | null = null;
  return md
    .split('\n')
    .map((line, i, lines) => {
      const header = previous;
      previous = fence === null ? line : undefined;
      if (fence === null && !math && !comment) line = delimiterFor(line, header);
      // Display math over several lines ("$$", the formula, "$$") reads as a code block: symbols, never claims.
      if (
        fence === null &&
        !comment &&
        MATH_FENCE.test(line) &&
        (line.match(/\$\$/g) ?? []).length % 2 === 1
      ) {
        math = !math;
        return math ? '```math' : '```';
      }
      if (math) return line;
      if (comment) {
        const close = MDX_COMMENT_CLOSE.exec(line);
        if (!close) return '';
        comment = false;
        line = line.slice(close[0].length);
      }
      const f = FENCE.exec(line);
      if (f) {
        if (fence === null) fence = f[1]![0]!;
        else if (f[1]![0] === fence) fence = null;
        return line;
      }
      if (fence !== null) return line;
      if (tagClose) {
        const close = tagClose.exec(line);
        if (!close && line.trim() === '') tagClose = null;
        if (!close) return line.trim() === '' ? line : shownText(line);
        tagClose = null;
        line = shownText(close[0]) + line.slice(close[0].length);
      }
      if (ESM_IMPORT.test(line)) return '';
      const component = COMPONENT_LINE.exec(line)?.[1];
      if (component && !HTML_NAMES.has(component.toLowerCase())) return '';
      line = line.replace(MDX_COMMENT, '');
      if (MDX_COMMENT_OPEN.test(line)) {
        comment = true;
        line = line.replace(MDX_COMMENT_OPEN, '');
      }
      // A picture's tag alone on its line, a paragraph of its own: the picture, as the blocks beside it see it.
      const shown = pictureTag(line, (lines[i + 1] ?? '').trim() === '', HTML_OPEN.test(lines[i - 1] ?? ''));
      if (shown !== null) return shown;
      line = line
        .replace(SITE_MAILTO, '$1$2')
        .replace(SITE_LINK, (_m, before: string) => `${before}/`)
        .replace(JSX_ATTRIBUTE_TAG, '')
        .replace(ATTRIBUTE_LIST, '')
        .replace(TEMPLATE_TAG, shownText);
      for (const [open, close] of TEMPLATE_OPENS)
        if (open.test(line)) {
          tagClose = close;
          line = line.replace(open, shownText);
          break;
        }
      return line
        .replace(DISPLAY_MATH, (_m, tex: string) => mathCode(tex))
        .replace(INLINE_MATH, (_m, tex: string) => mathCode(tex));
    })
    .join('\n');
}

// What a template tag shows the reader: its caption or title ('{{< figure caption="p99 fell 80%." >}}'), as text;
// the rest (src, width, class) is markup.
const SHOWN_ATTRIBUTE = /\b(?:caption|title)\s*=\s*"([^"]*)"/g;
function shownText(tag: string): string {
  return Array.from(tag.matchAll(SHOWN_ATTRIBUTE), (m) => m[1]!.trim())
    .filter((t) => t !== '')
    .join(' ');
}

// A template tag that shows a picture: '{% Img src="chart.svg", alt="..." %}' (Eleventy), '{{< figure src="p99.png"
// caption="..." >}}' (Hugo), '{% include image.html file="a.png" %}' (Jekyll), '{% image "./a.png", "alt" %}': its
// name says so, or it is given a picture file.
const PICTURE_TAG =
  /^[ \t]{0,3}(?:\{\{<|\{%)\s*(?:(?:img|image|figure|picture|photo|chart)\b|include\s+\S*(?:image|img|figure)\S*|[\w-]+\s[^\n]*?["'][^"'\n]+\.(?:png|jpe?g|gif|webp|avif|svg)["'])[^\n]*?(?:>\}\}|%\})[ \t]*$/i;
const TAG_ALT = /\balt\s*=\s*"([^"]*)"|^[^"]*"[^"]+\.(?:png|jpe?g|gif|webp|avif|svg)"\s*,\s*"([^"]*)"/i;
// The line that opens an HTML block around a picture: "<figure>", '<figure class="w-caption">', "<div>".
const HTML_OPEN = /^[ \t]{0,3}<(?:figure|div|p|center|section)(?:\s[^<>]*)?>\s*$/i;
const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Why: a picture's template tag reads as that picture (a Markdown image with its alt text), so the paragraphs beside
 * it know a chart stands there; with a caption, as a one-line HTML figure when a blank line ends it (markdown-it
 * reads an HTML block to the next blank line), so the caption stays text. Null for any other line.
 */
function pictureTag(line: string, endsParagraph: boolean, inHtml: boolean): string | null {
  if (!PICTURE_TAG.test(line)) return null;
  const m = TAG_ALT.exec(line);
  const alt = (m?.[1] ?? m?.[2] ?? '').trim();
  // Inside an HTML block ("<figure>", the tag, "</figure>") Markdown is not read: the picture goes in as HTML.
  if (inHtml) return `<img alt="${escapeHtml(alt)}">`;
  const caption = shownText(line);
  if (caption === '') return `![${alt.replace(/[[\]\\]/g, ' ')}]()`;
  if (!endsParagraph) return null;
  return `<figure><img alt="${escapeHtml(alt)}"><figcaption>${escapeHtml(caption)}</figcaption></figure>`;
}

function mathCode(tex: string): string {
  const body = tex.trim().replace(/`/g, "'");
  return body === '' ? '' : `\`${body}\``;
}
