import { describe, expect, test } from 'vitest';
import { extractImports } from '../imports';
import { detectLanguage, normalizeLanguage } from '../language';
import { article, rows, type Row } from '../../../../tests/helpers/import-rows';

describe('html imports', () => {
  test.each<[string, Row[]]>([
    [
      '<script src="https://cdn.jsdelivr.net/npm/chart.js@4/dist/chart.umd.min.js"></script>',
      [['https://cdn.jsdelivr.net/npm/chart.js@4/dist/chart.umd.min.js', 'unknown', 'chart.js', 'npm']],
    ],
    [
      '<link rel="stylesheet" href="https://unpkg.com/leaflet@1.9.4/dist/leaflet.css">',
      [['https://unpkg.com/leaflet@1.9.4/dist/leaflet.css', 'unknown', 'leaflet', 'npm']],
    ],
    [
      '<script type="module">\nimport { h } from "https://esm.sh/preact@10";\nimport "./app.js";\n</script>',
      [
        ['https://esm.sh/preact@10', 'unknown', 'preact', 'npm'],
        ['./app.js', 'local', null, null],
      ],
    ],
    ['<!-- <script src="https://unpkg.com/commented-out"></script> -->', []],
    ['<script src="https://example.com/widget.js"></script>', []],
  ])('%s', (code, expected) => {
    expect(rows(code, 'html')).toEqual(expected);
  });
});

describe('html: names and guesses', () => {
  test.each([
    ['htm', 'html'],
    ['xhtml', 'html'],
    ['vue', 'vue'],
  ])('%j is %j', (declared, name) => {
    expect(normalizeLanguage(declared)).toBe(name);
  });

  test.each(['vue', 'svelte', 'astro'])('a %s component is read as HTML and keeps its name', (language) => {
    const code = '<script setup>\nimport { ref } from "vue";\n</script>\n<template><p>{{ x }}</p></template>';
    expect(extractImports(article([code, language])).map((d) => [d.language, d.module, d.package])).toEqual([
      [language, 'vue', 'vue'],
    ]);
  });

  test('an undeclared page is guessed as html', () => {
    expect(detectLanguage('<!DOCTYPE html>\n<html><body><div>x</div></body></html>')).toBe('html');
  });
});
