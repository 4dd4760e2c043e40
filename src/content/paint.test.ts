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

test("with the ':root' scope every rule starts at :root, and the universal form has none", () => {
  const rooted = highlightCss(DEFAULT_SETTINGS.colors, ':root').split('\n');
  expect(rooted.every((r) => r.startsWith(':root::highlight('))).toBe(true);
  expect(
    highlightCss(DEFAULT_SETTINGS.colors)
      .split('\n')
      .every((r) => r.startsWith('::highlight(')),
  ).toBe(true);
});
