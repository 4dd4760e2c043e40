import { expect, test } from 'vitest';
import { DEFAULT_FILTER, filterGroups, groupReport, topItems, worst } from './groups';
import { claim, finding, imp, link, makeReport } from '../../tests/helpers/view-report';

const report = makeReport({
  claims: [
    claim('c1', '40%'),
    claim('c2', '2%', {
      support: 'cited-unlinked',
      evidence: [{ kind: 'author-year', text: 'Koomey et al., 2016' }],
    }),
    claim('c3', 'a leader in healthcare AI', { kind: 'superlative' }),
    claim('c4', 'studies show', { kind: 'weasel' }),
    claim('c5', '18%', {
      support: 'linked',
      evidence: [{ kind: 'link', text: 'report', href: 'https://r.example.org' }],
    }),
    claim('c6', '99.7%', { context: 'API Uptime / Value', sentence: 'API Uptime | 99.7%' }),
  ],
  links: [
    link('l1', '(link)'),
    link('l2', 'docs', { status: 'ok' }),
    link('l3', 'explore our GitHub repository', { status: 'missing', href: null }),
  ],
  imports: [
    imp('i1', 'numpy', { status: 'exists' }),
    imp('i2', 'liam_core', { status: 'missing' }),
    imp('i3', 'requests'),
    imp('i4', 'os', { status: 'builtin', registry: null, package: null }),
  ],
  findings: [
    finding('f1', 'c1', 'high'),
    finding('f2', 'c2', 'medium'),
    finding('f3', 'c3', 'medium'),
    finding('f4', 'c6', 'low'),
    finding('f5', 'c6', 'high'),
    finding('f6', 'l1', 'medium'),
    finding('f7', 'i2', 'high'),
  ],
});

const refs = (id: string, groups = groupReport(report)) =>
  groups.find((g) => g.id === id)?.items.map((i) => i.ref);

test.each([
  ['numbers', ['c1', 'c6']],
  ['cited', ['c2']],
  ['leadership', ['c3', 'c4']],
  ['links', ['l1', 'l3']],
  ['imports', ['i2', 'i3', 'i1']],
  ['linked', ['c5']],
])('group %s holds %j (by severity; imports missing, unknown, exists)', (id, expected) => {
  expect(refs(id)).toEqual(expected);
});

test('every group is present, in the reading order', () => {
  expect(groupReport(report).map((g) => g.id)).toEqual([
    'numbers',
    'cited',
    'leadership',
    'links',
    'imports',
    'linked',
  ]);
});

test('an item carries its verdict, severity, evidence, messages and table context', () => {
  const items = groupReport(report).flatMap((g) => g.items);
  expect(items.find((i) => i.ref === 'c6')).toMatchObject({
    severity: 'high',
    sentence: 'API Uptime / Value: API Uptime | 99.7%',
    messages: ['c6 flagged', 'c6 flagged'],
  });
  expect(items.find((i) => i.ref === 'c2')).toMatchObject({
    verdict: 'Cited, not linked',
    tone: 'cited-unlinked',
    evidence: [{ text: 'Koomey et al., 2016' }],
  });
  expect(items.find((i) => i.ref === 'i2')).toMatchObject({
    verdict: 'Package not found',
    tone: 'link-problem',
  });
  // A claim nothing flagged (worth nothing, or covered by its table's finding) is listed only with the supported.
  expect(items.find((i) => i.ref === 'c4')).toMatchObject({ fine: true });
  expect(items.find((i) => i.ref === 'i3')).toMatchObject({ verdict: 'Not verified', fine: false });
  expect(items.find((i) => i.ref === 'i1')).toMatchObject({ fine: true });
});

test.each([
  [
    'default: problems only',
    DEFAULT_FILTER,
    { numbers: 2, cited: 1, leadership: 1, links: 2, imports: 2, linked: 0 },
  ],
  [
    'with supported items',
    { ...DEFAULT_FILTER, fine: true },
    { numbers: 2, cited: 1, leadership: 2, links: 2, imports: 3, linked: 1 },
  ],
  [
    'high only',
    { ...DEFAULT_FILTER, severities: new Set(['high' as const]) },
    { numbers: 2, cited: 0, leadership: 0, links: 1, imports: 2, linked: 0 },
  ],
  [
    'text search',
    { ...DEFAULT_FILTER, query: 'GITHUB' },
    { numbers: 0, cited: 0, leadership: 0, links: 1, imports: 0, linked: 0 },
  ],
])('filter: %s', (_name, filter, counts) => {
  const got = Object.fromEntries(
    filterGroups(groupReport(report), filter).map((g) => [g.id, g.items.length]),
  );
  expect(got).toEqual(counts);
});

test.each([
  [[], null],
  [[finding('a', 'x', 'low')], 'low'],
  [[finding('a', 'x', 'low'), finding('b', 'x', 'high'), finding('c', 'x', 'medium')], 'high'],
])('worst(%#)', (findings, expected) => expect(worst(findings)).toBe(expected));

test('the first screen: the items behind the top problems, worst first, a table shown as the table', () => {
  const withTable = makeReport({
    ...report,
    claims: report.claims.map((c) => (c.id === 'c6' ? { ...c, table: 1 } : c)),
    tables: [{ id: 't1', title: 'Real Data', kind: 'data', rows: 5 }],
    findings: report.findings.map((f) =>
      f.ref === 'c6' ? { ...f, refs: ['c6'], rule: 'unsupported-table' } : f,
    ),
  });
  const withRefs = {
    ...withTable,
    findings: withTable.findings.map((f) => (f.id === 'f5' ? { ...f, refs: ['c6', 'c1'] } : f)),
  };
  const top = topItems(withRefs, groupReport(withRefs));
  expect(top.length).toBeLessThanOrEqual(6);
  expect(top.map((i) => i.ref)).toContain('i2');
  expect(top.find((i) => i.ref === 'c6')).toMatchObject({ text: 'Table: Real Data', kind: 'Table' });
  // The same item in its group: the table, not its first cell.
  const inGroup = groupReport(withRefs)
    .flatMap((g) => g.items)
    .find((i) => i.ref === 'c6');
  expect(inGroup).toMatchObject({ text: 'Table: Real Data', kind: 'Table' });
});

test('online results reach the items: a found work, the source’s words, soft 404s, package risk and suggestions', () => {
  const verified = makeReport({
    claims: [
      claim('c1', '1%', {
        support: 'cited-unlinked',
        evidence: [
          {
            kind: 'author-year',
            text: 'Koomey et al., 2016',
            work: {
              status: 'found',
              service: 'crossref',
              query: 'Koomey et al., 2016',
              reason: 'r',
              work: { title: 'Energy report', year: 2016, url: 'https://doi.org/10.1/x' },
            },
          },
        ],
      }),
      claim('c2', '40%', {
        support: 'linked',
        evidence: [{ kind: 'link', text: 'report', href: 'https://r.example.org' }],
        source: {
          status: 'stated-differently',
          url: 'https://r.example.org',
          found: '4%',
          snippet: 'fell 4%',
          reason: 'r',
        },
      }),
    ],
    links: [link('l1', 'old post', { status: 'soft-404' })],
    imports: [
      imp('i1', 'fastjsonx', {
        status: 'exists',
        risk: { flags: ['new'], reason: 'first published 3 days ago' },
      }),
      imp('i2', 'reqeusts', { status: 'missing', suggestions: ['requests'] }),
    ],
    findings: [],
  });
  const items = groupReport(verified).flatMap((g) => g.items);
  const byRef = (ref: string) => items.find((i) => i.ref === ref)!;
  expect(byRef('c1')).toMatchObject({
    verdict: 'Cited, work found (no link in the article)',
    works: [{ text: 'Energy report', href: 'https://doi.org/10.1/x' }],
  });
  expect(byRef('c1').notes[0]).toMatch(/Probably this work: “Energy report” \(2016\).*not proof/);
  expect(byRef('c2').notes).toEqual(['The source says 4%, not 40%: “fell 4%”']);
  expect(byRef('l1')).toMatchObject({ group: 'links', verdict: 'Page not found' });
  expect(byRef('i1').notes).toEqual(['Package risk: first published 3 days ago']);
  expect(byRef('i2').notes).toEqual(['Did you mean: requests']);
});
