// Issue 10: U+202E (right-to-left override) and NUL reached every export and the terminal, and in HTML a stripped
// NUL could change a link's host. Now no export and no terminal line carries a bidirectional control or a NUL,
// JSON keeps the exact text as escapes, and a URL holding one is shown as text, never as a link elsewhere.
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { EXPORT_FORMATS, exportReport } from '../../src/export/index';
import { renderTerminal } from '../../src/cli/terminal';
import { finalizeReport } from '../../src/checks/index';
import { claim, link, report } from '../helpers/report';

const RLO = '\u202e';
const NUL = '\u0000';
// oxlint-disable-next-line no-control-regex -- finding them is the point
const INVISIBLE = /[\u0000\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const hostile = finalizeReport(
  report({
    claims: [
      claim({
        text: '40%',
        sentence: `Costs fell 40% says ${RLO}txt.exe${NUL} the vendor.`,
        evidence: [{ kind: 'link', text: `re${RLO}port`, href: `https://evil.example${NUL}.good.org/r` }],
        support: 'linked',
      }),
      claim({ text: '12x', kind: 'multiplier', sentence: `It is 12x faster ${RLO}txt.exe${NUL} in tests.` }),
    ],
    links: [link({ text: `docs${NUL}`, href: `https://evil.example${NUL}.good.org/` })],
  }),
);

describe.each(EXPORT_FORMATS)('%s export', (format) => {
  const body = exportReport(hostile, format).body;
  test('holds no bidirectional control and no NUL', () => {
    expect(body).not.toMatch(INVISIBLE);
  });
  test('neither links to nor shows a host made by dropping a NUL', () => {
    expect(body).not.toMatch(/evil\.example\.good\.org/);
  });
});

test('JSON keeps the exact text, as escapes', () => {
  const body = exportReport(hostile, 'json').body;
  expect(body).toContain('\\u202e');
  const back = JSON.parse(body) as typeof hostile;
  expect(back.claims[0]?.sentence).toBe(hostile.claims[0]?.sentence);
  expect(back.links[0]?.href).toBe(`https://evil.example${NUL}.good.org/`);
});

test('HTML shows such a URL as text, not as a link', () => {
  const { document } = parseHTML(exportReport(hostile, 'html').body);
  const hrefs = Array.from(document.querySelectorAll('a[href]'), (a) => a.getAttribute('href') ?? '');
  expect(hrefs.filter((h) => /evil/.test(h))).toEqual([]);
});

test('the terminal shows neither', () => {
  const out = renderTerminal(hostile, { color: false });
  expect(out).not.toMatch(INVISIBLE);
  expect(out).toContain('txt.exe');
});
