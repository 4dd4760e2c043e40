import { expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { HIGHLIGHT_NAMES, highlightCss, rgbOf } from './paint';

test.each([
  ['#E69F00', '230 159 0'],
  ['#fff', '255 255 255'],
  ['#000000', '0 0 0'],
  ['red; } body { display:none', '128 128 128'],
])('rgbOf(%s) = %s', (hex, rgb) => expect(rgbOf(hex)).toBe(rgb));

test('one ::highlight rule per status plus the flash, from validated colours only', () => {
  const css = highlightCss({ ...DEFAULT_SETTINGS.colors, linked: '} * { color: red' });
  for (const name of Object.values(HIGHLIGHT_NAMES)) expect(css).toContain(`::highlight(${name})`);
  expect(css).toContain('rgb(230 159 0 / 0.28)');
  expect(css).not.toContain('color: red');
  expect(css.split('\n')).toHaveLength(5);
});

test('each rule selects every scope it is given, and the universal form by default', () => {
  const scoped = highlightCss(DEFAULT_SETTINGS.colors, ['[data-hx]', ':root']);
  for (const name of Object.values(HIGHLIGHT_NAMES))
    expect(scoped).toContain(`[data-hx]::highlight(${name}), :root::highlight(${name}) {`);
  expect(scoped.split('\n').every((r) => r.startsWith('[data-hx]::highlight('))).toBe(true);
  expect(
    highlightCss(DEFAULT_SETTINGS.colors)
      .split('\n')
      .every((r) => r.startsWith('::highlight(')),
  ).toBe(true);
});
