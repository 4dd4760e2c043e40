// HTML (and Vue/Svelte/Astro components): npm CDN URLs anywhere in the markup, and imports inside <script>,
// judged as JavaScript's.
import { cdnPackage, javascript } from './javascript';
import { maskCode, type MaskSyntax } from '../mask';
import type { Found, Language } from '../types';

// <script> bodies are masked as JavaScript is (JavaScript always has a mask).
const SCRIPT_SYNTAX = javascript.mask as MaskSyntax;

const CDN_URL =
  /(?:https?:)?\/\/(?:(?:cdn|fastly|gcore|testingcf)\.jsdelivr\.net\/npm|unpkg\.com|esm\.sh|cdn\.skypack\.dev|esm\.run|(?:ga\.|cdn\.)?jspm\.(?:io|dev))\/[^\s"'<>`)]+/gi;
const SCRIPT_OPEN = /<script\b[^>]{0,2000}>/gi;

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
  // One pass: each <script> body ends at the next </script>; tags inside a body open nothing new.
  for (let at = 0; at < text.length;) {
    SCRIPT_OPEN.lastIndex = at;
    const open = SCRIPT_OPEN.exec(text);
    if (!open) break;
    const start = open.index + open[0].length;
    const close = lower.indexOf('</script', start);
    const end = close < 0 ? text.length : close;
    const body = text.slice(start, end);
    for (const found of javascript.extract(maskCode(body, SCRIPT_SYNTAX), body)) {
      out.push({ ...found, offset: found.offset + start });
    }
    at = end + 1;
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** Why: posts show `<script src="https://cdn.jsdelivr.net/npm/...">` as often as `import`; both name packages. */
export const html: Language = {
  name: 'html',
  aliases: ['htm', 'xhtml'],
  signals: [
    [/<!doctype html|<html[\s>]/i, 5],
    [/<(?:div|script|head|body|span|link|meta)\b[^>\n]*>/i, 2],
  ],
  // No mask: the masker knows no `<!-- -->`; extract blanks those itself and masks each <script> body as JavaScript.
  extract,
  classify: javascript.classify,
  registry: javascript.registry,
  dialects: [{ name: 'vue' }, { name: 'svelte' }, { name: 'astro' }],
};
