import { describe, expect, test } from 'vitest';
import { rows, type Row } from '../../../tests/helpers/import-rows';

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
