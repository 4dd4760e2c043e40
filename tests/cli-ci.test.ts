// CI output and baselines, as a process over a temporary folder: every --format of many files, SARIF valid against
// the official 2.1.0 schema, `github` lines that parse back, positions that point at the text in the file (front
// matter counted), and a baseline that reports only what is new after edits elsewhere in the file.
import { readFileSync } from 'node:fs';
import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Report } from '../src/core/report';
import { runClaimlens, tempTree, type Tree } from './helpers/cli-process';
import { validateSarif } from './helpers/sarif';
import { validateReport } from './helpers/schema';

const MD = `---
title: "Launch: 99% uptime, 3x faster"
tags: [launch, 2024]
---

# Launch

Our cache cuts latency by **35%** for every tenant,
and builds are 35% faster (Okafor et al., 2021).

- It is the fastest cache, with 12x fewer errors.

\`\`\`python
import numpy
\`\`\`
`;
const HTML = `<html><head><title>Case study</title></head><body><article>
<h1>Case study</h1>
<p>Acme cut its bill by 42% in a month &mdash; see the <a href="#">details</a>.</p>
</article></body></html>`;

let tree: Tree;
beforeAll(() => {
  tree = tempTree('ci', { 'docs/launch.md': MD, 'docs/case study.html': HTML });
});
afterAll(() => tree.remove());

const run = (...args: string[]) => runClaimlens(['check', 'docs', '--offline', ...args], { cwd: tree.dir });
const lines = (rel: string) => readFileSync(tree.path(rel), 'utf8').split('\n');

describe('--format for many files', () => {
  let json: Report[];
  beforeAll(async () => {
    const r = await run('--format', 'json');
    expect(r.stderr).toBe('');
    json = JSON.parse(r.stdout);
  });
  const findingCount = () => json.reduce((n, r) => n + r.findings.length, 0);

  test('json: an array of reports, each valid against schema/report.schema.json', () => {
    expect(json.map((r) => r.source.file)).toEqual(['docs/case study.html', 'docs/launch.md']);
    for (const report of json) expect(validateReport(report)).toEqual([]);
  });

  test('sarif: valid SARIF 2.1.0; one result per finding; each region starts at its text in the file', async () => {
    const r = await run('--format', 'sarif');
    const log = JSON.parse(r.stdout);
    expect(validateSarif(log)).toEqual([]);
    const results = log.runs[0].results as {
      ruleId: string;
      locations: {
        physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> };
      }[];
    }[];
    expect(results).toHaveLength(findingCount());
    const uris = new Set(results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri));
    expect([...uris].sort()).toEqual(['docs/case%20study.html', 'docs/launch.md']);
    const at = (uri: string, text: string) => {
      const hit = results.find((x) => {
        const { artifactLocation, region } = x.locations[0]!.physicalLocation;
        const line = lines(decodeURIComponent(artifactLocation.uri))[region.startLine! - 1] ?? '';
        return artifactLocation.uri === uri && line.slice(region.startColumn! - 1).startsWith(text);
      });
      return hit?.locations[0]!.physicalLocation.region;
    };
    // Front matter counted: the body's first claim is on line 8 of the file, not line 3 of the body.
    expect(at('docs/launch.md', '35%')).toEqual({ startLine: 8, startColumn: 29, endLine: 8, endColumn: 32 });
    // "35% faster" on line 9 cites the same unlinked source in the same sentence: one finding, placed at "35%",
    // with line 9 as its related location, linked from the message.
    expect(at('docs/launch.md', '35% faster')).toBeUndefined();
    const folded = results.find(
      (x) => x.locations[0]!.physicalLocation.region.startLine === 8,
    ) as unknown as {
      message: { text: string };
      relatedLocations: { id: number; physicalLocation: { region: Record<string, number> } }[];
    };
    expect(folded.relatedLocations).toHaveLength(1);
    expect(folded.relatedLocations[0]!.id).toBe(1);
    const again = folded.relatedLocations[0]!.physicalLocation.region;
    expect(lines('docs/launch.md')[again.startLine! - 1]!.slice(again.startColumn! - 1)).toMatch(
      /^35% faster/,
    );
    expect(folded.message.text).toMatch(/ Said again at \[line 9\]\(1\)\.$/);
    expect(results.filter((x) => 'relatedLocations' in x)).toHaveLength(1);
    expect(at('docs/launch.md', '12x fewer')).toEqual({
      startLine: 11,
      startColumn: 33,
      endLine: 11,
      endColumn: 42,
    });
    expect(at('docs/launch.md', 'the fastest')).toMatchObject({ startLine: 11, startColumn: 9 });
    expect(at('docs/case%20study.html', '42%')).toMatchObject({ startLine: 3, startColumn: 25 });
    expect(at('docs/case%20study.html', 'details')).toMatchObject({ startLine: 3, startColumn: 68 });
  });

  test('github: every line parses back into a command, properties and a message; positions point at the text', async () => {
    const r = await run('--format', 'github');
    const out = r.stdout.trimEnd().split('\n');
    expect(out).toHaveLength(findingCount());
    const unescape = (s: string) =>
      s
        .replace(/%3A/g, ':')
        .replace(/%2C/g, ',')
        .replace(/%0D/g, '\r')
        .replace(/%0A/g, '\n')
        .replace(/%25/g, '%');
    for (const line of out) {
      const m = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line);
      expect(m, line).not.toBeNull();
      const props = Object.fromEntries(
        m![2]!.split(',').map((p) => p.split('=').map(unescape) as [string, string]),
      );
      expect(Object.keys(props)).toEqual(['file', 'line', 'endLine', 'col', 'endColumn', 'title']);
      expect(props.title).toMatch(/^ClaimLens [a-z-]+$/);
      expect(Number(props.line)).toBeGreaterThan(0);
      expect(lines(props.file!)[Number(props.line) - 1]).toBeDefined();
      expect(unescape(m![3]!)).not.toMatch(/\n/);
    }
    expect(out).toContain(
      '::warning file=docs/launch.md,line=8,endLine=8,col=29,endColumn=32,title=ClaimLens cited-unlinked::"35%25" cites Okafor et al., 2021 but gives no link to it. Said again on line 9.',
    );
  });

  test('junit: well-formed XML, a suite per file, a failing case per finding', async () => {
    const r = await run('--format', 'junit');
    const xml = new DOMParser().parseFromString(r.stdout, 'text/xml');
    const suites = [...xml.querySelectorAll('testsuite')].map((s) => s.getAttribute('name'));
    expect(suites).toEqual(['docs/case study.html', 'docs/launch.md']);
    expect(xml.querySelectorAll('testcase failure')).toHaveLength(findingCount());
    expect(xml.querySelector('testsuites')?.getAttribute('failures')).toBe(String(findingCount()));
  });

  test.each<[string, RegExp]>([
    [
      'text',
      /docs\/launch\.md:8:29 \(also 9:\d+\)[\s\S]*^File\s+Claims\s+Unsupported[\s\S]*^docs\/launch\.md\s+\d+[\s\S]*^Total \(2 files\)/m,
    ],
    [
      'md',
      /^# ClaimLens: 2 files\n\n\| File \| Claims \| Unsupported \|[\s\S]*\| \*\*Total \(2 files\)\*\* \|/,
    ],
    ['csv', /^\uFEFFfile,id,kind,text,sentence,/],
  ])('%s: the summary across files', async (format, expected) => {
    const r = await run('--format', format);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(expected);
  });

  test('html of many files needs a folder, and writes one page per file there', async () => {
    expect((await run('--format', 'html')).stderr).toMatch(/writes one file each: give -o <folder>/);
    const r = await run('--format', 'html', '-o', 'out');
    expect(r.code).toBe(0);
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(tree.path('out')).sort()).toEqual([
      expect.stringMatching(/^claimlens-case-study-.*\.html$/),
      expect.stringMatching(/^claimlens-launch.*\.html$/),
    ]);
  });
});

describe('--baseline', () => {
  const findingsOf = (stdout: string) =>
    [JSON.parse(stdout) as Report].flatMap((r) =>
      r.findings.map(
        (f) => `${r.source.file} ${f.rule} ${r.claims.find((c) => c.id === f.ref)?.text ?? f.ref}`,
      ),
    );

  test('old findings stay quiet after edits elsewhere; new ones are reported (and fail the run)', async () => {
    tree.write({ 'base/post.md': MD });
    const write = await runClaimlens(
      ['check', '.', '--offline', '--update-baseline', '--baseline', 'b.json'],
      {
        cwd: tree.path('base'),
      },
    );
    expect(write.code).toBe(0);
    expect(write.stderr).toMatch(/^claimlens: wrote [1-9]\d* finding\(s\) to b\.json$/m);
    const baseline = JSON.parse(readFileSync(tree.path('base/b.json'), 'utf8'));
    expect(baseline.findings[0]).toEqual({
      file: 'post.md',
      rule: expect.any(String),
      exact: expect.any(String),
      prefix: expect.any(String),
      suffix: expect.any(String),
    });

    // New paragraphs above (every line moves) and one new unsupported figure; the old text is untouched.
    const edited = MD.replace(
      '# Launch\n',
      '# Launch\n\nA new intro paragraph for readers.\n\nQueries got 64% faster in May.\n',
    );
    tree.write({ 'base/post.md': edited });
    const check = (...extra: string[]) =>
      runClaimlens(['check', '.', '--offline', '--format', 'json', '--baseline', 'b.json', ...extra], {
        cwd: tree.path('base'),
      });
    const after = await check('--fail-on', 'medium');
    expect(findingsOf(after.stdout)).toEqual(['post.md unsupported-number 64% faster']);
    expect(after.code).toBe(1);

    // A second copy of an accepted claim joins its finding (a figure said again is one finding), so it stays quiet;
    // the same figure about something else is new.
    tree.write({ 'base/post.md': `${MD}\nIt is the fastest cache, with 12x fewer errors.\n` });
    const copy = await check();
    expect(findingsOf(copy.stdout)).toEqual([]);
    tree.write({ 'base/post.md': `${MD}\nIt is the fastest cache, with 12x fewer outages.\n` });
    const other = await check();
    expect(findingsOf(other.stdout)).toEqual(['post.md unsupported-number 12x fewer']);

    tree.write({ 'base/post.md': MD });
    const same = await check('--fail-on', 'low');
    expect([findingsOf(same.stdout), same.code]).toEqual([[], 0]);
  });

  test('a baseline that is not one is bad input', async () => {
    tree.write({ 'base/broken.json': '{"tool":"claimlens","version":1,"findings":[{"file":1}]}' });
    const r = await runClaimlens(['check', '.', '--offline', '--baseline', 'broken.json'], {
      cwd: tree.path('base'),
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^claimlens: baseline broken\.json: findings\.0\.file: /);
  });
});
