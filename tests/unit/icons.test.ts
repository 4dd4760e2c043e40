// The icons the stores ask for exist at their real pixel sizes: Chrome 16, 32, 48 and 128 in the package plus the
// 128 px listing icon; Firefox (AMO) 48 and 96. Every icon the manifest names is the size it is named for.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { pngSize } from '../helpers/png';
import { ICON_SIZES, STORE_ICON, renderIcon } from '../../scripts/icons';

const ROOT = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', ROOT), 'utf8')) as {
  icons: Record<string, string>;
  action: { default_icon: Record<string, string> };
};

test('the manifest names an icon at every size Chrome and Firefox ask for', () => {
  expect(Object.keys(manifest.icons).map(Number)).toEqual(expect.arrayContaining([16, 32, 48, 96, 128]));
  expect(
    Object.keys(manifest.icons)
      .map(Number)
      .sort((a, b) => a - b),
  ).toEqual([...ICON_SIZES]);
});

test.each(Object.entries(manifest.icons).concat(Object.entries(manifest.action.default_icon)))(
  'the %s px icon %s is that many pixels square',
  (size, path) => {
    expect(pngSize(readFileSync(new URL(`public/${path}`, ROOT)))).toEqual({
      width: Number(size),
      height: Number(size),
    });
  },
);

test('the Chrome Web Store listing icon is 128 x 128', () => {
  expect(pngSize(readFileSync(STORE_ICON))).toEqual({ width: 128, height: 128 });
});

test('the renderer draws the requested size, padding included', () => {
  const svg = readFileSync(new URL('public/icons/icon.svg', ROOT), 'utf8');
  expect(pngSize(renderIcon(svg, 96))).toEqual({ width: 96, height: 96 });
  expect(pngSize(renderIcon(svg, 128, 16))).toEqual({ width: 128, height: 128 });
});
