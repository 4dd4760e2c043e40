// Escaping page text for Markdown and HTML: page text is data, never markup, in every export.

// C0/C1 controls other than tab, LF and CR: matching them is the point.
// oxlint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * Why: bidirectional controls (embeddings, overrides, isolates, the marks) reorder what a reader sees: "U+202E" makes
 * "txt.exe" read as "exe.txt". Page text never needs them in a report; every export and the terminal drop them.
 */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Why: page text as every export writes it: NUL and other control characters made visible as "\ufffd" (dropping
 * one could join "evil.example" and ".org" into another host name), bidirectional controls removed.
 */
export function cleanText(text: string): string {
  return text.replace(CONTROLS, '\ufffd').replace(BIDI_CONTROLS, '');
}

/**
 * Why: JSON keeps page text exactly, but a bidirectional control must not reorder the file in an editor or a
 * terminal: it is written as its \u escape (the same JSON value). NUL is already escaped by JSON.stringify.
 */
export function escapeJsonInvisibles(json: string): string {
  return json.replace(BIDI_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Why: HTML export; every piece of page text and every attribute value goes through this. */
export function escapeHtml(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
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
  const flat = cleanText(text)
    .replace(/[\s\u2028\u2029]+/g, ' ')
    .trim();
  const escaped = flat.replace(MD_INLINE, (c) => `\\${c}`);
  if (!lineStart) return escaped;
  return escaped.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Why: a URL inside `[text](url)` must not close the link early or smuggle in markup. */
export function markdownUrl(href: string): string {
  // Controls and bidirectional controls are percent-encoded, never dropped: dropping one could change the host.
  return href.trim().replace(
    // oxlint-disable-next-line no-control-regex -- encoding control characters is the point
    /[\s()<>[\]`"'\\|\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => encodeURIComponent(c).replace(/[()'`]/g, (x) => `%${x.charCodeAt(0).toString(16).toUpperCase()}`),
  );
}

/** Why: module names read best as code, but only when they cannot break out of a code span or a table. */
export function markdownCode(text: string): string {
  return /^[\w.\-/@:]+$/.test(text) ? `\`${text}\`` : escapeMarkdown(text);
}
