import { expect, test } from 'vitest';
import { renderTerminal } from './terminal';
import { claim, imp, report } from '../../tests/helpers/report';
import { finalizeReport } from '../checks/index';

const long = `${'Our platform is used across many regions and teams, '.repeat(4)}and it cut costs by 37% last year, ${'which matters a great deal to every customer we serve '.repeat(3)}.`;

test.each([
  ['a long sentence is cut around its claim', claim({ text: '37%', sentence: long }), /“….*37%.*…”/],
  [
    'page text cannot drive the terminal',
    claim({ text: '5%', sentence: 'Up 5% \x1b[2J\x1b]0;pwned\x07 today.' }),
    /Up 5% \[2J ]0;pwned today\./,
  ],
  [
    'a sentence without its claim is cut at the end, not through an emoji',
    claim({ text: '9%', sentence: `${'x'.repeat(90)}😀 and more text after the cut.` }),
    /“x{90}…”/,
  ],
])('%s', (_name, c, line) => {
  const out = renderTerminal(finalizeReport(report({ claims: [c] })), { color: false, width: 100 });
  expect(out).toMatch(line);
  expect(out).not.toContain('\x1b');
  for (const l of out.split('\n')) expect(l.length).toBeLessThanOrEqual(120);
});

test('colour only when asked; the claim is bold', () => {
  const r = finalizeReport(
    report({ claims: [claim({ text: '37%', sentence: 'Costs fell 37% overnight.' })] }),
  );
  expect(renderTerminal(r, { color: true })).toContain('\x1b[1m37%\x1b[0m');
});

test.each([
  ['no claims at all', [], /No claims found/],
  [
    'only figures worth nothing',
    [claim({ text: '$49', kind: 'money', worth: 'none' })],
    /No check-worthy claims: 1 figure/,
  ],
  [
    'every check-worthy claim linked',
    [claim({ text: '40%', support: 'linked' })],
    /Every claim stands on a source/,
  ],
])('a clean report says which kind of clean: %s', (_name, claims, expected) => {
  expect(renderTerminal(finalizeReport(report({ claims })), { color: false })).toMatch(expected);
});

test('a report with many findings opens with its top problems, each kind before a second of any', () => {
  const claims = [1, 2, 3, 4, 5, 6, 7].map((i) => claim({ text: `${i}0%`, worth: 'high' }));
  const out = renderTerminal(finalizeReport(report({ claims })), { color: false });
  expect(out).toMatch(/TOP PROBLEMS \(6 of 7\)/);
  expect(out).toMatch(/why it matters: a performance or benchmark result/);
});

test('online results follow their finding: a cited work’s lookup, the linked source, a package’s risk', () => {
  const r = finalizeReport(
    report({
      claims: [
        claim({
          text: '38%',
          support: 'cited-unlinked',
          sentence: 'Cooling fell 38% (Okafor, 2023).',
          evidence: [
            {
              kind: 'author-year',
              text: 'Okafor, 2023',
              work: {
                status: 'not-found',
                service: 'crossref',
                query: 'Okafor, 2023',
                reason: 'Crossref lists no work by Okafor from 2023',
              },
            },
          ],
        }),
      ],
      imports: [imp({ module: 'reqeusts', status: 'missing', suggestions: ['requests'] })],
    }),
  );
  const out = renderTerminal(r, { color: false, width: 100 });
  expect(out).toContain(
    '↳ “Okafor, 2023”: Cited work not found (Crossref lists no work by Okafor from 2023)',
  );
  expect(out).toContain('The cited work could not be found');
  expect(out).toContain('↳ Did you mean: requests');
});
