// scripts/add-fixture.ts as a person runs it: a real process against a temporary fixtures folder.
import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { startServer, type TestServer } from '../helpers/http-server';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SCRIPT = join(ROOT, 'scripts/add-fixture.ts');

const MARKDOWN = `---
title: Faster Builds With Brindle
---
# Faster Builds With Brindle

Brindle cuts build times by 40% on large monorepos. Read the full benchmark (link).

\`\`\`python
import os
from brindle_turbo import Cache
\`\`\`
`;

const HTML = `<!doctype html><html><head><title>Queue Notes</title></head><body><article>
<h1>Queue Notes</h1>
<p>Our queue handles 12,000 messages per second, as the <a href="https://queuebench.dev/results">benchmark</a> shows.</p>
</article></body></html>`;

let work: string;
let fixtures: string;
let pages: TestServer;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'claimlens-add-fixture-'));
  writeFileSync(join(work, 'post.md'), MARKDOWN);
  writeFileSync(join(work, 'page.html'), HTML);
  pages = await startServer({
    'GET /post': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: HTML },
    'GET /gone': { status: 404, body: 'gone' },
  });
});
afterAll(async () => {
  await pages.close();
  rmSync(work, { recursive: true, force: true });
});
beforeEach(() => {
  fixtures = join(work, `fixtures-${Math.random().toString(36).slice(2)}`);
  mkdirSync(fixtures);
});

function addFixture(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      [SCRIPT, ...args],
      {
        cwd: ROOT,
        // The test page is on 127.0.0.1: the script may fetch it (that one host:port) only because the test says so.
        env: {
          ...process.env,
          CLAIMLENS_FIXTURES_DIR: fixtures,
          CLAIMLENS_TEST_ALLOW_PRIVATE: new URL(pages.url).host,
        },
        timeout: 60_000,
      },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const readJson = (...path: string[]) => JSON.parse(readFileSync(join(fixtures, ...path), 'utf8'));

describe('adds a case', () => {
  test.each<[string, () => string, 'md' | 'html', string, { text: string; support: string }]>([
    [
      'a local Markdown file',
      () => join(work, 'post.md'),
      'md',
      'Faster Builds With Brindle',
      { text: '40%', support: 'unsupported' },
    ],
    [
      'a local HTML file',
      () => join(work, 'page.html'),
      'html',
      'Queue Notes',
      { text: '12,000 messages per second', support: 'linked' },
    ],
    [
      'a URL',
      () => `${pages.url}/post`,
      'html',
      'Queue Notes',
      { text: '12,000 messages per second', support: 'linked' },
    ],
  ])('from %s', async (_name, source, format, title, claim) => {
    const r = await addFixture(source(), 'new-case');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(join(fixtures, 'new-case')).sort()).toEqual([
      'annotations.json',
      'expected.json',
      `source.${format}`,
    ]);
    expect(readFileSync(join(fixtures, 'new-case', `source.${format}`), 'utf8')).toBe(
      format === 'md' ? MARKDOWN : HTML,
    );
    expect(readJson('new-case', 'annotations.json')).toEqual({
      title,
      format,
      notes: 'TODO: review',
      mustFlag: [],
      mustNotBeClaims: [],
      mustBeSupported: [],
    });
    const expected = readJson('new-case', 'expected.json');
    expect(expected.title).toBe(title);
    expect(expected.claims).toContainEqual(expect.objectContaining(claim));
  });

  test('imports are resolved against the stand-in registry and placeholders are flagged', async () => {
    expect((await addFixture(join(work, 'post.md'), 'md-brindle')).code).toBe(0);
    const expected = readJson('md-brindle', 'expected.json');
    expect(expected.imports).toEqual([
      expect.objectContaining({ module: 'os', status: 'builtin' }),
      expect.objectContaining({ module: 'brindle_turbo', status: 'missing' }),
    ]);
    expect(expected.findings).toContainEqual(
      expect.objectContaining({ rule: 'placeholder-link', on: '(link)' }),
    );
  });
});

describe('refuses, and changes nothing', () => {
  test('an existing slug', async () => {
    mkdirSync(join(fixtures, 'taken'));
    writeFileSync(join(fixtures, 'taken', 'source.md'), 'reviewed text');
    const r = await addFixture(join(work, 'post.md'), 'taken');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/taken already exists/);
    expect(readdirSync(join(fixtures, 'taken'))).toEqual(['source.md']);
    expect(readFileSync(join(fixtures, 'taken', 'source.md'), 'utf8')).toBe('reviewed text');
  });

  test.each<[string, () => string[], RegExp]>([
    ['no arguments', () => [], /usage: npm run fixtures:add/],
    ['no slug', () => [join(work, 'post.md')], /usage: npm run fixtures:add/],
    ['a slug that is a path', () => [join(work, 'post.md'), '../escape'], /slug "..\/escape" must be/],
    ['an upper-case slug', () => [join(work, 'post.md'), 'New-Case'], /slug "New-Case" must be/],
    ['a missing file', () => [join(work, 'nope.md'), 'new-case'], /cannot read .*nope\.md: no such file/],
    ['a URL that answers 404', () => [`${pages.url}/gone`, 'new-case'], /HTTP 404/],
  ])('%s', async (_name, args, message) => {
    const r = await addFixture(...args());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(readdirSync(fixtures)).toEqual([]);
    expect(existsSync(join(work, 'escape'))).toBe(false);
  });
});
