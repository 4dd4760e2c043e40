// The scorer behind `npm run eval` (scripts/eval/score.ts): synthetic reports against synthetic labels.
import { describe, expect, test } from 'vitest';
import {
  parseReaderJson,
  parseReaderLabels,
  ReaderFileError,
  type ReaderLabels,
} from '../../scripts/eval/labels';
import { containsPhrase, textScore } from '../../scripts/eval/match';
import {
  findingSpans,
  perfectReport,
  scoreArticle,
  share,
  totals,
  type ScorableReport,
} from '../../scripts/eval/score';

const LABELS: ReaderLabels = parseReaderLabels(
  {
    title: 'Synthetic',
    kind: 'vendor',
    genre: 'test',
    notes: 'one of each kind of item',
    must_flag: [
      {
        text: 'Most teams use only 30% of what they pay for',
        sentence: 'Most teams use only 30% of what they pay for, because seats are bundled.',
        why: 'statistic',
        worth: 'high',
        severity: 'high',
        support: 'unsupported',
      },
      {
        text: 'Pipelines Protected | 18,400 | Active',
        sentence: 'Pipelines Protected | 18,400 | Active',
        why: 'table row',
        worth: 'high',
        severity: 'medium',
        support: 'unsupported',
      },
    ],
    must_not_flag: [
      {
        text: 'Team | $49 / month | $39 / month | 20%',
        sentence: 'Team | $49 / month | $39 / month | 20%',
        why: 'own price',
      },
      {
        text: 'the median account sent 6.2 million events a month',
        sentence: 'Last quarter the median account sent 6.2 million events a month (query).',
        why: 'linked',
        linked: true,
      },
    ],
    placeholders: [{ text: '(link)', sentence: 'Explore our GitHub repository (link) for more.' }],
    imports: [
      { module: 'numpy', language: 'python', exists: true },
      { module: 'liam_core', language: 'python', exists: false },
    ],
  },
  'synthetic.json',
);

const empty = (): ScorableReport => ({ claims: [], links: [], imports: [], findings: [] });

describe('scoreArticle', () => {
  test('a perfect report scores 100% on every measure', () => {
    const s = scoreArticle('synthetic', LABELS, perfectReport(LABELS));
    expect(share(s.raised)).toBe(1);
    expect(share(s.highRaised)).toBe(1);
    expect(share(s.mustFlagFound)).toBe(1);
    expect(share(s.severityAgrees)).toBe(1);
    expect(share(s.placeholdersFound)).toBe(1);
    expect(share(s.missingImportsFound)).toBe(1);
    expect([s.mustNotFlagHits, s.linkedCalledUnsupported, s.unlabelled]).toEqual([0, 0, 0]);
    expect(s.missed).toEqual([]);
  });

  test('an empty report finds nothing: 0% recall, no findings to judge', () => {
    const s = scoreArticle('synthetic', LABELS, empty());
    expect(share(s.mustFlagFound)).toBe(0);
    expect(share(s.raised)).toBeNull();
    expect(s.missed).toHaveLength(2);
    expect(s.missedPlaceholders).toHaveLength(1);
    expect(s.missedImports.map((i) => i.module)).toEqual(['liam_core']);
  });

  test('flagging a linked must_not_flag claim counts one "linked called unsupported"', () => {
    const report = empty();
    report.claims.push({
      id: 'c1',
      text: '6.2 million',
      sentence: 'Last quarter the median account sent 6.2 million events a month (query).',
    });
    report.findings.push({ rule: 'unsupported-number', severity: 'high', ref: 'c1' });
    const s = scoreArticle('synthetic', LABELS, report);
    expect([s.mustNotFlagHits, s.linkedCalledUnsupported, s.raised.num]).toEqual([1, 1, 0]);
    expect(s.verdicts[0]!.label).toBe('must_not_flag');
  });

  test('an import finding on a package that exists is a must_not_flag hit; a missing one is raised', () => {
    const report = empty();
    report.imports.push({ id: 'i1', module: 'numpy.linalg' }, { id: 'i2', module: 'liam_core' });
    report.findings.push(
      { rule: 'nonexistent-import', severity: 'high', ref: 'i1' },
      { rule: 'nonexistent-import', severity: 'high', ref: 'i2' },
    );
    const s = scoreArticle('synthetic', LABELS, report);
    expect(s.verdicts.map((v) => v.label)).toEqual(['existing_import', 'missing_import']);
    expect([s.mustNotFlagHits, s.raised.num]).toEqual([1, 1]);
  });

  test('a finding nobody labelled is counted as unlabelled, not as noise or as raised', () => {
    const report = empty();
    report.claims.push({ id: 'c1', text: '42 widgets', sentence: 'We sold 42 widgets.' });
    report.findings.push({ rule: 'unsupported-number', severity: 'low', ref: 'c1' });
    const s = scoreArticle('synthetic', LABELS, report);
    expect([s.unlabelled, s.mustNotFlagHits, s.raised.num]).toEqual([1, 0, 0]);
  });
});

describe('table rows', () => {
  const row = 'Pipelines Protected | 18,400 | Active';

  test('a claim in a table row (its sentence is the row) matches the row item', () => {
    const report = empty();
    report.claims.push({ id: 'c1', text: '18,400', sentence: row, context: 'Pipelines Protected / Value' });
    report.findings.push({ rule: 'unsupported-number', severity: 'high', ref: 'c1' });
    const s = scoreArticle('synthetic', LABELS, report);
    expect(s.verdicts[0]).toMatchObject({ label: 'must_flag', item: row });
  });

  test('the same number in another row does not match', () => {
    const report = empty();
    report.claims.push({ id: 'c1', text: '18,400', sentence: 'Threats Blocked | 18,400 | Effective' });
    report.findings.push({ rule: 'unsupported-number', severity: 'high', ref: 'c1' });
    expect(scoreArticle('synthetic', LABELS, report).verdicts[0]!.label).toBe('unlabelled');
  });

  test('a number in prose does not match a short table row that happens to share its tokens', () => {
    const report = empty();
    report.claims.push({ id: 'c1', text: '18,400', sentence: 'Pipelines: 18,400 protected.' });
    report.findings.push({ rule: 'unsupported-number', severity: 'high', ref: 'c1' });
    expect(scoreArticle('synthetic', LABELS, report).verdicts[0]!.label).toBe('unlabelled');
  });

  test('a table-wide finding (refs or cells) matches each row item it covers', () => {
    const report = empty();
    report.claims.push(
      { id: 'c1', text: '18,400', sentence: row },
      { id: 'c2', text: '$39', sentence: 'Team | $49 / month | $39 / month | 20%' },
    );
    expect(findingSpans(report, { rule: 'r', severity: 'high', refs: ['c1', 'c2'] })).toHaveLength(2);
    const byCells = {
      rule: 'unsupported-table',
      severity: 'high' as const,
      cells: [{ text: '18,400', row }],
    };
    report.findings.push(byCells, { rule: 'unsupported-table', severity: 'high', cells: [{ ref: 'c1' }] });
    const s = scoreArticle('synthetic', LABELS, report);
    expect(s.verdicts.map((v) => v.label)).toEqual(['must_flag', 'must_flag']);
    expect(share(s.mustFlagFound)).toBe(0.5);
  });
});

describe('matching rules', () => {
  test.each([
    ['3x', '13x faster', false],
    ['7', 'since 2017', false],
    ['$39', 'Team is $39.', true],
    ['<50ms', 'Latency | <50ms | Optimal', true],
    ['14%', 'a 14% gain', true],
  ])('containsPhrase(%j in %j) is %s', (needle, haystack, expected) => {
    expect(containsPhrase(haystack.toLowerCase(), needle.toLowerCase())).toBe(expected);
  });

  test('at least 60% of the finding tokens inside the item text counts as overlap', () => {
    expect(textScore('close to tripling revenue', 'close to tripling our revenue')).toBeGreaterThan(0);
    expect(textScore('tripling our growth rate', 'close to tripling our revenue')).toBe(0);
  });
});

describe('totals', () => {
  test('sums counts over articles and reports HIGH per well-sourced article', () => {
    const wellSourced = { ...LABELS, kind: 'well-sourced' as const, must_flag: [] };
    const report = empty();
    report.claims.push({ id: 'c1', text: '$49', sentence: 'Team | $49 / month | $39 / month | 20%' });
    report.findings.push({ rule: 'unsupported-number', severity: 'high', ref: 'c1' });
    const t = totals([
      scoreArticle('a', LABELS, perfectReport(LABELS)),
      scoreArticle('b', wellSourced, report),
    ]);
    expect(t.highPerWellSourced).toEqual({ high: 1, noise: 1, articles: 1 });
    expect(t.mustFlagFound).toEqual({ num: 2, den: 2 });
    expect(t.mustNotFlagHits).toBe(1);
  });
});

describe('reader.json errors', () => {
  test('a bad field names the file and the field', () => {
    const bad = JSON.stringify({ ...LABELS, must_flag: [{ ...LABELS.must_flag[0], severity: 'urgent' }] });
    expect(() => parseReaderJson(bad, 'tests/reader/x/reader.json')).toThrow(
      /tests\/reader\/x\/reader\.json: must_flag\[0\]\.severity must be one of high, medium, low \(got "urgent"\)/,
    );
  });

  test('invalid JSON and a missing kind are ReaderFileErrors with the file name', () => {
    expect(() => parseReaderJson('{ "title": ', 'r.json')).toThrow(ReaderFileError);
    expect(() => parseReaderJson('{ "title": ', 'r.json')).toThrow(/^r\.json: not valid JSON/);
    const noKind = JSON.stringify({ ...LABELS, kind: undefined });
    expect(() => parseReaderJson(noKind, 'r.json')).toThrow(
      /r\.json: kind must be one of vendor, well-sourced, code \(got nothing\)/,
    );
  });

  test('an import without exists is rejected', () => {
    const bad = JSON.stringify({ ...LABELS, imports: [{ module: 'x', language: 'python' }] });
    expect(() => parseReaderJson(bad, 'r.json')).toThrow(/imports\[0\]\.exists must be true or false/);
  });
});
