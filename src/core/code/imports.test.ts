import { describe, expect, test } from 'vitest';
import type { Article } from '../article';
import { extractImports, NOT_VERIFIED } from './imports';
import { article } from '../../../tests/helpers/import-rows';

const statusOf = (a: Article, module: string) => extractImports(a).find((d) => d.module === module)?.status;

describe('extractImports', () => {
  test('each draft carries language, module, package, registry, status, reason, 1-based line and block', () => {
    const drafts = extractImports(
      article('Intro prose.', ['# LIAM engine\n\nfrom liam_core import Engine\nimport os\n', 'py']),
    );
    expect(drafts).toEqual([
      {
        language: 'python',
        module: 'liam_core',
        package: 'liam_core',
        registry: 'pypi',
        status: 'unknown',
        reason: NOT_VERIFIED,
        line: 3,
        block: 1,
      },
      {
        language: 'python',
        module: 'os',
        package: null,
        registry: null,
        status: 'builtin',
        line: 4,
        block: 1,
      },
    ]);
  });

  test('the same module twice in a block is one entry at its first line; other blocks keep their own', () => {
    const drafts = extractImports(
      article(['import requests\nx = 1\nimport requests', 'python'], ['import requests', 'python']),
    );
    expect(drafts.map((d) => [d.module, d.line, d.block])).toEqual([
      ['requests', 1, 0],
      ['requests', 1, 1],
    ]);
  });

  test.each<[string, Article, string, string]>([
    ['a file named in prose', article('Save it as utils.py.', ['import utils', 'python']), 'utils', 'local'],
    [
      'a package created by another block',
      article(['# mypkg/__init__.py\nVERSION = 1', 'python'], ['from mypkg import VERSION', 'python']),
      'mypkg',
      'local',
    ],
    [
      'a src-layout file path',
      article('Layout: src/acme_tools/cli.py', ['from acme_tools.cli import main', 'python']),
      'acme_tools.cli',
      'local',
    ],
    [
      'a pyproject that names the project',
      article(
        ['[project]\nname = "liam-core"\nversion = "0.1"', 'toml'],
        ['from liam_core import X', 'python'],
      ),
      'liam_core',
      'local',
    ],
    // Prose that only talks about a package defines nothing.
    [
      'a package only mentioned in prose',
      article('Our liam_core package, below:', ['from liam_core import X', 'python']),
      'liam_core',
      'unknown',
    ],
    [
      'an absolute path (a traceback) defines nothing',
      article('File "/usr/lib/python3/site-packages/fakepkg/api.py"', ['import fakepkg', 'python']),
      'fakepkg',
      'unknown',
    ],
    [
      'a package.json name',
      article(
        ['{\n  "name": "@acme/widgets",\n  "version": "1.0.0"\n}', 'json'],
        ["import w from 'widgets'", 'js'],
      ),
      'widgets',
      'local',
    ],
    [
      'a go.mod module',
      article(
        ['module github.com/acme/svc\n\ngo 1.22', null],
        ['import "github.com/acme/svc/internal/db"', 'go'],
      ),
      'github.com/acme/svc/internal/db',
      'local',
    ],
    [
      'a Rust mod in another block',
      article(['mod util;', 'rust'], ['use util::go;', 'rust']),
      'util::go',
      'local',
    ],
    [
      'a Cargo package name',
      article(['[package]\nname = "liam-core"', 'toml'], ['use liam_core::Engine;', 'rust']),
      'liam_core::Engine',
      'local',
    ],
    [
      'a Ruby file named in prose',
      article('See lib/billing/invoice.rb', ["require 'billing/invoice'", 'ruby']),
      'billing/invoice',
      'local',
    ],
  ])('local: %s', (_name, a, module, status) => {
    expect(statusOf(a, module)).toBe(status);
  });

  test.each<[string, string, string]>([
    [
      'a flattened fence (HTML collapsed its newlines)',
      '```python # LIAM core from liam_core import Engine engine = Engine(dimensions=64)```',
      'liam_core',
    ],
    ['a fence with newlines in a paragraph', 'Code:\n```python\nimport fakeflow\n```', 'fakeflow'],
    ['an unterminated fence', 'Try this: ```js const x = require("leftpadx")', 'leftpadx'],
    ['a flattened fence without a language', '``` from qorvex_engine import Core ```', 'qorvex_engine'],
  ])('a fence never rendered: %s', (_name, text, module) => {
    const drafts = extractImports(article(text));
    expect(drafts.map((d) => [d.module, d.block])).toEqual([[module, 0]]);
  });

  test('the line of an import in a literal fence counts from the block text', () => {
    const [draft] = extractImports(article('Code:\n```python\n# note\nimport fakeflow\n```'));
    expect(draft?.line).toBe(4);
  });

  test('a code block that still carries its fence lines takes the language from them', () => {
    const drafts = extractImports(article(['```python\nimport yaml\n```', null]));
    expect(drafts.map((d) => [d.language, d.package, d.line])).toEqual([['python', 'PyYAML', 2]]);
  });

  test.each<[string, string | null, string | null]>([
    ['import numpy as np\n\nprint(np.zeros(3))', null, 'python'],
    ["const x = require('x-lib');\nconsole.log(x);", null, 'javascript'],
    ['import "fmt"', 'golang', 'go'],
    ['from x import y', 'shell', null],
    ['$ pip install requests\n$ python app.py', null, null],
  ])('language of %j (declared %s) is %s', (code, declared, language) => {
    const drafts = extractImports(article([code, declared]));
    expect(drafts[0]?.language ?? null).toBe(language);
  });

  test('an article with no blocks has no imports (malformed articles are refused earlier, by parseArticle)', () => {
    expect(extractImports({ title: '', url: null, file: null, blocks: [] })).toEqual([]);
  });

  test.each([
    ['unterminated strings and comments', `"""\nimport a\n'''/* "\`x\n/*`],
    ['binary noise', String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 65536))],
    ['unbalanced import groups', 'import (\n"fmt"\nimport ( ( ( "x" '.repeat(200)],
    ['a lone backslash and quotes', '\\\'"`\\'],
  ])('garbage code does not throw: %s', (_name, code) => {
    for (const language of ['python', 'javascript', 'go', 'rust', 'java', 'ruby', 'php', 'html', null]) {
      expect(() => extractImports(article([code, language]))).not.toThrow();
    }
  });

  // Linear work finishes in about a second; a quadratic path would take minutes. Inputs are built inside
  // the test: vitest would otherwise format half a megabyte into each title.
  test.each<[string, number, string]>([
    ['import ', 100_000, ''],
    ['export ', 100_000, ''],
    ['from a ', 100_000, ''],
    ['use a::', 100_000, ''],
    ['<script>', 50_000, ''],
    ['a/', 200_000, '.py'],
    ['```', 50_000, ''],
    ['import (', 100_000, ''],
    ['use a ', 100_000, ''],
    ['(/', 100_000, ''],
    ['<script ', 50_000, ''],
    ['use A\\B ', 50_000, ''],
    ['"', 100_000, ''],
  ])('huge hostile input stays fast: %j x %i', (unit, count, tail) => {
    const code = unit.repeat(count) + tail;
    const started = performance.now();
    for (const language of ['python', 'javascript', 'go', 'rust', 'java', 'ruby', 'php', 'html', null]) {
      extractImports(article([code, language], code));
    }
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
