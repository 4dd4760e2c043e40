// HTML (and Vue/Svelte/Astro components): npm CDN URLs anywhere in the markup, and imports inside <script>.
import { cdnPackage, javascript } from './javascript';
import { JS_SYNTAX, maskCode } from './mask';
import type { Found, LanguageSupport } from './types';

const CDN_URL =
  /(?:https?:)?\/\/(?:(?:cdn|fastly|gcore|testingcf)\.jsdelivr\.net\/npm|unpkg\.com|esm\.sh|cdn\.skypack\.dev|esm\.run|(?:ga\.|cdn\.)?jspm\.(?:io|dev))\/[^\s"'<>`)]+/gi;
const SCRIPT_OPEN = /<script\b[^>]*>/gi;

// Blanks <!-- comments --> at the same offsets, so a commented-out <script> imports nothing.
function maskHtmlComments(src: string): string {
  return src.replace(/<!--[\s\S]*?(?:-->|$)/g, (c) => c.replace(/[^\n]/g, ' '));
}

function extract(_masked: string, src: string): Found[] {
  const text = maskHtmlComments(src);
  const out: Found[] = [];
  for (const m of text.matchAll(CDN_URL)) {
    const url = m[0].replace(/[.,;]+$/, '');
    if (cdnPackage(url.startsWith('//') ? 'https:' + url : url))
      out.push({ module: url, offset: m.index ?? 0 });
  }
  const lower = text.toLowerCase();
  for (const open of text.matchAll(SCRIPT_OPEN)) {
    const start = (open.index ?? 0) + open[0].length;
    const close = lower.indexOf('</script', start);
    const body = text.slice(start, close < 0 ? text.length : close);
    for (const found of javascript.extract(maskCode(body, JS_SYNTAX), body)) {
      out.push({ ...found, offset: found.offset + start });
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** Why: posts show `<script src="https://cdn.jsdelivr.net/npm/...">` as often as `import`; both name packages. */
export const html: LanguageSupport = { extract, classify: javascript.classify };
