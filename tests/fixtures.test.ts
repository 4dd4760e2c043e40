// Readability-style cases: every saved article through the whole pipeline, compared with its reviewed expected.json,
// validated against the JSON Schema, and checked against the human annotations of what must (not) be flagged.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listFixtures, project, runFixture } from './helpers/fixtures';
import { startFakeRegistry, type FakeRegistry } from './helpers/fake-registry';
import { validateReport } from './helpers/schema';
import type { Report } from '../src/core/report';

interface Annotations {
  mustFlag?: {
    text?: string;
    kind?: string;
    support?: string;
    link?: string;
    module?: string;
    import?: string;
  }[];
  mustNotBeClaims?: string[];
  mustBeSupported?: { text: string; support: string }[];
}

let registry: FakeRegistry;
beforeAll(async () => {
  registry = await startFakeRegistry();
});
afterAll(() => registry.close());

const fixtures = listFixtures();

test('there are at least 8 fixtures, in both formats', () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(8);
  expect(new Set(fixtures.map((f) => f.kind))).toEqual(new Set(['html', 'markdown']));
});

describe.each(fixtures)('$slug', (f) => {
  let report: Report;
  beforeAll(async () => {
    report = await runFixture(f, registry.url);
  });

  test('matches expected.json', () => {
    const file = join(f.dir, 'expected.json');
    expect(existsSync(file), `${file} missing: run npm run fixtures:update and review it`).toBe(true);
    expect(project(report)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });

  test('validates against the JSON Schema', () => {
    expect(validateReport(report)).toEqual([]);
  });

  const annotationsFile = join(f.dir, 'annotations.json');
  const annotations: Annotations = existsSync(annotationsFile)
    ? JSON.parse(readFileSync(annotationsFile, 'utf8'))
    : {};

  test.each(annotations.mustFlag ?? [])('flags %j', (want) => {
    if (want.module) {
      const found = report.imports.find((i) => i.module === want.module);
      expect(found?.status, `import ${want.module}`).toBe(want.import);
    } else if (want.link) {
      const found = report.links.find((l) => l.text.includes(want.text!) || want.text!.includes(l.text));
      expect(found?.status, `link ${want.text}`).toBe(want.link);
    } else {
      const found = report.claims.filter((c) => c.text.includes(want.text!) || want.text!.includes(c.text));
      expect(found.length, `claim ${want.text}`).toBeGreaterThan(0);
      if (want.support) expect(found.map((c) => c.support)).toContain(want.support);
    }
  });

  test.each(annotations.mustBeSupported ?? [])('supports %j', (want) => {
    const found = report.claims.filter((c) => c.text.includes(want.text) || want.text.includes(c.text));
    expect(found.length, `claim ${want.text}`).toBeGreaterThan(0);
    expect(found.map((c) => c.support)).toContain(want.support);
  });

  test.each(annotations.mustNotBeClaims ?? [])('%s is not a claim', (text) => {
    expect(report.claims.filter((c) => c.text === text || c.text.replace(/\s+/g, ' ') === text)).toEqual([]);
  });
});
