// Escaping page text for Markdown and HTML: page text is data, never markup, in every export.

// C0/C1 controls other than tab, LF and CR: matching them is the point.
// oxlint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Why: HTML export; every piece of page text and every attribute value goes through this. */
export function escapeHtml(text: string): string {
  return text.replace(CONTROLS, '').replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

// Characters that start Markdown or HTML syntax anywhere in a line (GFM: tables, strikethrough; GitHub: math).
const MD_INLINE = /[\\`*_[\]<>|~$&#]/g;

/**
 * Why: Markdown export; page text becomes one line of literal text. Newlines collapse to spaces (a table
 * cell or blockquote line cannot be broken out of), syntax characters are backslash-escaped (CommonMark
 * allows escaping any ASCII punctuation). With `lineStart` (text that begins a line: a blockquote, a list
 * item's paragraph), a leading "-", "+", "=" or "1." is escaped too, so it cannot start a list or heading.
 */
export function escapeMarkdown(text: string, lineStart = false): string {
  const flat = text
    .replace(CONTROLS, '')
    .replace(/[\s\u2028\u2029]+/g, ' ')
    .trim();
  const escaped = flat.replace(MD_INLINE, (c) => `\\${c}`);
  if (!lineStart) return escaped;
  return escaped.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Why: a URL inside `[text](url)` must not close the link early or smuggle in markup. */
export function markdownUrl(href: string): string {
  return href
    .trim()
    .replace(/[\s()<>[\]`"'\\|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Why: module names read best as code, but only when they cannot break out of a code span or a table. */
export function markdownCode(text: string): string {
  return /^[\w.\-/@:]+$/.test(text) ? `\`${text}\`` : escapeMarkdown(text);
}
