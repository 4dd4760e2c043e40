import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { analyseJob } from './analyse-file';

const dir = mkdtempSync(join(tmpdir(), 'claimlens-analyse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function placed(name: string, text: string) {
  const path = join(dir, name);
  writeFileSync(path, text);
  const result = await analyseJob({ id: 0, display: name, path, url: null, annotation: false });
  if (!('file' in result)) throw new Error(result.error);
  const { report, positions } = result.file;
  const lines = text.split('\n');
  // What the file holds where each claim, link and import is placed.
  return [...report.claims, ...report.links, ...report.imports].map((x) => {
    const p = positions.get(x.id);
    return p
      ? `${p.line}:${p.column} ${lines[p.line - 1]!.slice(p.column - 1, p.endLine === p.line ? p.endColumn - 1 : undefined)}`
      : null;
  });
}

test('Markdown: claims, links and imports placed in the file, front matter and list indentation counted', async () => {
  const md = [
    '---',
    'title: Notes',
    '---',
    '# Notes',
    '',
    'Reads got 3x faster, see the [benchmark](https://example.org/b).',
    '',
    '1. Install it:',
    '',
    '   ```python',
    '   import numpy as np',
    '   from acme_core import run',
    '   ```',
  ].join('\n');
  expect(await placed('notes.md', md)).toEqual(
    expect.arrayContaining([
      '6:11 3x faster',
      '6:31 benchmark',
      '11:4 import numpy as np',
      '12:4 from acme_core import run',
    ]),
  );
});

test('HTML: an import in <pre><code>, a placeholder link, a claim after an entity', async () => {
  const html = [
    '<article><h1>Launch</h1>',
    '<p>Costs fell &mdash; by 40% &ndash; see <a href="#">our docs</a>.</p>',
    '<pre><code class="language-js">',
    "import { thing } from 'left-pad-ultra';",
    '</code></pre></article>',
  ].join('\n');
  expect(await placed('launch.html', html)).toEqual(
    expect.arrayContaining(['2:26 40%', '2:54 our docs', "4:1 import { thing } from 'left-pad-ultra';"]),
  );
});

test('a file that is not an article is a result, not a throw', async () => {
  writeFileSync(join(dir, 'empty.md'), '# Hi\n');
  const r = await analyseJob({
    id: 3,
    display: 'empty.md',
    path: join(dir, 'empty.md'),
    url: null,
    annotation: false,
  });
  expect(r).toMatchObject({ id: 3, error: 'empty.md is not an article: no text to check' });
});
