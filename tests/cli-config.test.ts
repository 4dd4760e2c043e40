// The config file and inline suppressions, as a process over a temporary folder: found upward, flags over config
// over defaults, per-path overrides, allowlisted sources, a bad config naming its line (exit 2), and
// claimlens-disable comments in Markdown and HTML.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Report } from '../src/core/report';
import { runClaimlens, tempTree, type Tree } from './helpers/cli-process';

const CONFIG = `# The house rules of a docs team
failOn: medium
rules:
  unsupported-superlative: low
  weasel-attribution: 'off'
allow:
  sources: [Gartner]
overrides:
  - files: ['docs/pricing/**']
    skipKinds: [superlative, comparative]
    rules:
      unsupported-number: 'off'
`;

const POST = `# Launch

Our database is the fastest on the market, and studies show teams love it.

It cut costs by 40% for every customer we host.

Analysts expect the market to grow 25% a year (Gartner, 2023).

Growth was 18% last year (Okafor et al., 2021).
`;

const PRICING = `# Plans

The Team plan is the cheapest way to run our database, and it is faster than the old one.

Annual billing saves 30% on every seat you buy.
`;

let tree: Tree;
beforeAll(() => {
  tree = tempTree('config', {
    '.claimlens.yml': CONFIG,
    'docs/post.md': POST,
    'docs/pricing/plans.md': PRICING,
    'quiet/low.md': '# Scale\n\nMillions of users rely on tools like ours every single day.\n',
    'bad/.claimlens.yml': 'failOn: high\nrules:\n  cited-unlinked: medium\n  unsuported-number: off\n',
  });
});
afterAll(() => tree.remove());

type Found = { rule: string; severity: string; text: string };
function findings(stdout: string): Record<string, Found[]> {
  const reports = JSON.parse(stdout) as Report[];
  return Object.fromEntries(
    reports.map((r) => {
      const text = (ref: string) => [...r.claims, ...r.links].find((x) => x.id === ref)?.text ?? ref;
      return [
        r.source.file,
        r.findings.map((f) => ({ rule: f.rule, severity: f.severity, text: text(f.ref) })),
      ];
    }),
  );
}

describe('config: found upward, applied per path', () => {
  test('run from a sub-folder: rules re-graded or off, overrides by path, a known source needs no link', async () => {
    const r = await runClaimlens(['check', '.', '--offline', '--format', 'json'], { cwd: tree.path('docs') });
    expect(r.stderr).toBe('');
    const found = findings(r.stdout);
    expect(found['post.md']).toEqual([
      { rule: 'unsupported-number', severity: 'high', text: '40%' },
      { rule: 'cited-unlinked', severity: 'low', text: '18%' }, // Okafor is not a known source; Gartner is (growth data: medium, cited: low)
      { rule: 'unsupported-superlative', severity: 'low', text: 'the fastest' }, // medium by default
    ]); // and no weasel-attribution: switched off
    expect(found['pricing/plans.md']).toEqual([]); // no superlatives, comparatives or numbers under docs/pricing/
    expect(r.code).toBe(1); // failOn: medium, reached by the 40%
  });

  test('without the config the defaults come back', async () => {
    const r = await runClaimlens(['check', '.', '--offline', '--format', 'json', '--no-config'], {
      cwd: tree.path('docs'),
    });
    const rules = (found: Found[] = []) => found.map((f) => `${f.rule}:${f.severity}`);
    const found = findings(r.stdout);
    expect(rules(found['post.md'])).toEqual(
      expect.arrayContaining([
        'unsupported-superlative:medium',
        'weasel-attribution:medium',
        'cited-unlinked:medium',
      ]),
    );
    expect(rules(found['pricing/plans.md'])).toContain('unsupported-number:high');
    expect(r.code).toBe(0); // no failOn without the config
  });

  test.each<[string, string[], number]>([
    ['the config fails the run on medium', [], 1],
    ['--fail-on high wins over the config', ['--fail-on', 'high'], 1],
    ['--fail-on wins: nothing high in pricing', ['--fail-on', 'high', 'pricing'], 0],
    ['--config names another file', ['--config', '../quiet/none.yml', 'pricing'], 2],
  ])('%s', async (_name, extra, code) => {
    const inputs = extra.includes('pricing') ? [] : ['post.md'];
    const r = await runClaimlens(['check', ...inputs, ...extra, '--offline'], { cwd: tree.path('docs') });
    expect(r.code).toBe(code);
  });

  test('a bad config: one line naming the file, line and column, exit 2, nothing checked', async () => {
    tree.write({ 'bad/post.md': POST });
    const r = await runClaimlens(['check', 'post.md', '--offline'], { cwd: tree.path('bad') });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^claimlens: \.claimlens\.yml:4:3: rules\.unsuported-number: unknown key "unsuported-number"; the rules are: unsupported-number, unsupported-table, cited-unlinked, /,
    );
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('inline suppressions', () => {
  test.each<[string, string, string[]]>([
    [
      'suppressed.md',
      [
        '# Launch',
        '',
        '<!-- claimlens-disable-next-line unsupported-number -- our own lab measured it -->',
        'Our cache cut costs by 40% for every tenant',
        'and made reads 3x faster.',
        '',
        'Builds got 25% faster this quarter for every team.',
        '',
        '<!-- claimlens-disable unsupported-superlative -->',
        'It is the fastest cache we know of, and the most reliable one.',
        '<!-- claimlens-enable unsupported-superlative -->',
        '',
        'It is also the cheapest.',
      ].join('\n'),
      ['25% faster', 'the cheapest'],
    ],
    [
      'suppressed.html',
      [
        '<article><h1>Launch</h1>',
        '<!-- claimlens-disable-next-line -->',
        '<p>Our cache cut costs by 40% for every tenant and made reads 3x faster.</p>',
        '<p>Builds got 25% faster this quarter for every team.</p>',
        '<!-- claimlens-disable unsupported-superlative -->',
        '<p>It is the fastest cache we know of.</p>',
        '<!-- claimlens-enable -->',
        '<p>It is also the cheapest.</p></article>',
      ].join('\n'),
      ['25% faster', 'the cheapest'],
    ],
  ])('%s', async (name, body, reported) => {
    tree.write({ [`suppress/${name}`]: body });
    const r = await runClaimlens(['check', name, '--offline', '--format', 'json', '--no-config'], {
      cwd: tree.path('suppress'),
    });
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as Report;
    const text = (ref: string) => report.claims.find((c) => c.id === ref)?.text;
    expect(report.findings.map((f) => text(f.ref))).toEqual(reported);
  });
});
