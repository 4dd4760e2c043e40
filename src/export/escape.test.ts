import { describe, expect, test } from 'vitest';
import { escapeHtml, escapeMarkdown, markdownCode, markdownUrl } from './escape';

describe('escapeHtml', () => {
  test.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"><img src=x onerror=alert(1)>', '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'],
    ["it's & done", 'it&#39;s &amp; done'],
    ['&lt; stays visible', '&amp;lt; stays visible'],
    ['nul\u0000 and bell\u0007 shown, tab\tkept', 'nul\ufffd and bell\ufffd shown, tab\tkept'],
    [
      'right-to-left \u202eoverride\u202c and isolates \u2066x\u2069 dropped',
      'right-to-left override and isolates x dropped',
    ],
    ['', ''],
  ])('%j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('escapeMarkdown', () => {
  test.each([
    ['40% faster', false, '40% faster'],
    ['a | b', false, 'a \\| b'],
    ['`code` and *bold* and _it_', false, '\\`code\\` and \\*bold\\* and \\_it\\_'],
    ['[x](javascript:alert(1))', false, '\\[x\\](javascript:alert(1))'],
    ['<img src=x>', false, '\\<img src=x\\>'],
    ['line one\nline two\r\n\tthree', false, 'line one line two three'],
    ['~~gone~~ $x$ #1 &amp;', false, '\\~\\~gone\\~\\~ \\$x\\$ \\#1 \\&amp;'],
    ['back\\slash', false, 'back\\\\slash'],
    ['0.1.0', false, '0.1.0'],
    ['- not a list', true, '\\- not a list'],
    ['+cmd', true, '\\+cmd'],
    ['=HYPERLINK("x")', true, '\\=HYPERLINK("x")'],
    ['1. not a list', true, '1\\. not a list'],
    ['2) neither', true, '2\\) neither'],
    ['- mid-line is fine', false, '- mid-line is fine'],
  ])('%j (line start: %s)', (input, lineStart, expected) => {
    expect(escapeMarkdown(input, lineStart)).toBe(expected);
  });
});

describe('markdownUrl', () => {
  test.each([
    ['https://example.org/a_(b)', 'https://example.org/a_%28b%29'],
    ['https://x.test/a b<c>', 'https://x.test/a%20b%3Cc%3E'],
    ['https://x.test/"]|`', 'https://x.test/%22%5D%7C%60'],
    [' https://x.test/ ', 'https://x.test/'],
  ])('%j', (input, expected) => {
    expect(markdownUrl(input)).toBe(expected);
  });
});

describe('markdownCode', () => {
  test.each([
    ['numpy', '`numpy`'],
    ['@scope/pkg', '`@scope/pkg`'],
    ['github.com/x/y', '`github.com/x/y`'],
    ['evil`|<b>', 'evil\\`\\|\\<b\\>'],
  ])('%j', (input, expected) => {
    expect(markdownCode(input)).toBe(expected);
  });
});
