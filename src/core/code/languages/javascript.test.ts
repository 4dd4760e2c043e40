import { describe, expect, test } from 'vitest';
import { detectLanguage, normalizeLanguage } from '../language';
import builtins from '../../data/node-builtins.json';
import { cdnPackage, npmPackage } from './javascript';
import { masked, rows, type Row } from '../../../../tests/helpers/import-rows';

describe('javascript/typescript imports', () => {
  test.each<[string, Row[]]>([
    ["import React from 'react';", [['react', 'unknown', 'react', 'npm']]],
    ['import {\n  a,\n  b,\n} from "@scope/pkg/sub";', [['@scope/pkg/sub', 'unknown', '@scope/pkg', 'npm']]],
    ["import * as fp from 'lodash/fp'", [['lodash/fp', 'unknown', 'lodash', 'npm']]],
    ["import './styles.css';", [['./styles.css', 'local', null, null]]],
    ["export * from '../shared';", [['../shared', 'local', null, null]]],
    ["export { x as y } from 'made-up-pkg'", [['made-up-pkg', 'unknown', 'made-up-pkg', 'npm']]],
    ["const fs = require('fs');", [['fs', 'builtin', null, null]]],
    ["const { readFile } = require('fs/promises')", [['fs/promises', 'builtin', null, null]]],
    ["import test from 'node:test'", [['node:test', 'builtin', null, null]]],
    ["import { DatabaseSync } from 'node:sqlite'", [['node:sqlite', 'builtin', null, null]]],
    ["import { spec } from 'node:test/reporters'", [['node:test/reporters', 'builtin', null, null]]],
    ["import x from 'node:nonesuch'", [['node:nonesuch', 'unknown', null, null]]],
    // 'test' without the prefix is an npm package, not Node's test runner.
    ["import test from 'test'", [['test', 'unknown', 'test', 'npm']]],
    ["const m = await import('chalk');", [['chalk', 'unknown', 'chalk', 'npm']]],
    ['const m = require(`dayjs`);', [['dayjs', 'unknown', 'dayjs', 'npm']]],
    ['const m = await import(`./locale/${lang}.js`);', []],
    ["import x from '/abs/path.js'", [['/abs/path.js', 'local', null, null]]],
    ["import x from '~/components/x'", [['~/components/x', 'local', null, null]]],
    ["import x from '@/components/x'", [['@/components/x', 'local', null, null]]],
    ["import type { Foo } from 'foo-types';", [['foo-types', 'unknown', 'foo-types', 'npm']]],
    ["import fs = require('fs-extra');", [['fs-extra', 'unknown', 'fs-extra', 'npm']]],
    [
      "import { x } from 'npm:left-pad@1.3.0/sub'",
      [['npm:left-pad@1.3.0/sub', 'unknown', 'left-pad', 'npm']],
    ],
    ["import { x } from 'jsr:@std/path'", [['jsr:@std/path', 'unknown', null, null]]],
    ["import { serve } from 'bun'", [['bun', 'builtin', null, null]]],
  ])('%s', (code, expected) => {
    expect(rows(code, 'javascript')).toEqual(expected);
  });

  test.each<[string, string]>([
    ['https://cdn.jsdelivr.net/npm/chart.js@4.4.0/dist/chart.umd.js', 'chart.js'],
    ['https://cdn.jsdelivr.net/npm/@tensorflow/tfjs@4/dist/tf.min.js', '@tensorflow/tfjs'],
    ['https://unpkg.com/htmx.org', 'htmx.org'],
    ['https://unpkg.com/preact@10.19.0/hooks/dist/hooks.module.js', 'preact'],
    ['https://esm.sh/react@18.2.0', 'react'],
    ['https://esm.sh/v135/@supabase/supabase-js@2', '@supabase/supabase-js'],
    ['https://esm.sh/*react-dom@18/client', 'react-dom'],
    ['https://cdn.skypack.dev/canvas-confetti', 'canvas-confetti'],
    ['https://esm.run/lit', 'lit'],
    ['https://ga.jspm.io/npm:vue@3.4.0/dist/vue.esm-browser.js', 'vue'],
  ])('CDN %s -> %s', (url, pkg) => {
    expect(rows(`import x from '${url}';`, 'js')).toEqual([[url, 'unknown', pkg, 'npm']]);
  });

  test('a URL that is not an npm CDN is unknown with no package', () => {
    const [row] = rows("import x from 'https://deno.land/std@0.200.0/path/mod.ts';", 'ts');
    expect(row).toEqual(['https://deno.land/std@0.200.0/path/mod.ts', 'unknown', null, null]);
  });

  test.each([
    ["// import nope from 'nope'"],
    ["/* require('hidden') */"],
    ['const s = "import x from \'in-string\'";'],
    ["const re = /import 'x'/;"],
    ["const t = `require('in-template')`;"],
    ["obj.require('x'); foo.import('y');"],
    ["const important = 1; const imported = require_x('z');"],
  ])('no import in %j', (code) => {
    expect(rows(code, 'javascript')).toEqual([]);
  });

  test('division is not mistaken for a regex literal', () => {
    expect(rows("const r = a / b; const c = d / e;\nimport x from 'after-division';", 'js')).toEqual([
      ['after-division', 'unknown', 'after-division', 'npm'],
    ]);
  });
});

describe('javascript: names, guesses and masking', () => {
  test.each([
    ['js', 'javascript'],
    ['jsx', 'javascript'],
    ['mjs', 'javascript'],
    ['node', 'javascript'],
    ['ts', 'typescript'],
    ['tsx', 'typescript'],
  ])('%j is %j', (declared, name) => {
    expect(normalizeLanguage(declared)).toBe(name);
  });

  test.each([
    ["import React from 'react';\n\nexport default function App() {}", 'javascript'],
    ["const express = require('express');\nconst app = express();", 'javascript'],
    ["import type { A } from './a';\nexport interface B { x: string }", 'typescript'],
  ])('an undeclared %j is guessed as %j', (code, name) => {
    expect(detectLanguage(code)).toBe(name);
  });

  test.each([
    ["a = 'x'; // c\nb", "a = '~';     \nb"],
    ['a = /re"g/; "s"', 'a = /~~~~/; "~"'],
    ['a = b / c / d', 'a = b / c / d'],
    ['x = `t ${y}`', 'x = `~~~~~~`'],
  ])('masks %j', (code, expected) => {
    expect(masked(code, 'javascript')).toBe(expected);
  });
});

describe('javascript: specifier -> npm package', () => {
  test.each<[string, string | null]>([
    ['lodash', 'lodash'],
    ['lodash/fp', 'lodash'],
    ['@scope/pkg', '@scope/pkg'],
    ['@scope/pkg/sub/path', '@scope/pkg'],
    ['@scope', null],
    ['has space', null],
    ['', null],
  ])('npm %j -> %j', (spec, pkg) => {
    expect(npmPackage(spec)).toBe(pkg);
  });

  test.each<[string, string | null]>([
    ['https://cdn.jsdelivr.net/npm/bootstrap@5.3.0/dist/css/bootstrap.min.css', 'bootstrap'],
    ['https://cdn.jsdelivr.net/gh/user/repo@main/file.js', null],
    ['https://example.com/npm/react', null],
  ])('CDN %s -> %j', (url, pkg) => {
    expect(cdnPackage(url)).toBe(pkg);
  });
});

describe('javascript: the generated Node built-in list', () => {
  test.each(['fs', 'fs/promises', 'path', 'node:test' /* prefix-only */])('knows %s', (name) => {
    const bare = name.replace(/^node:/, '');
    expect(name.startsWith('node:') ? builtins.prefixOnly : builtins.modules).toContain(bare);
  });

  test('prefix-only modules are not bare builtins ("test" alone is an npm package)', () => {
    for (const name of builtins.prefixOnly) expect(builtins.modules).not.toContain(name);
    expect(builtins.prefixOnly).toEqual(expect.arrayContaining(['test', 'test/reporters', 'sqlite', 'sea']));
  });

  test('is sorted and without duplicates', () => {
    expect([...new Set(builtins.modules)].sort()).toEqual(builtins.modules);
  });
});
