// Renders the extension's icons from the two SVGs: public/icons/icon-<size>.png at every size the manifests and
// the stores ask for (Chrome: 16, 32, 48, 128; Firefox/AMO: 48, 96), and the Chrome Web Store's listing icon (96 px
// of artwork in a 128 px square). The PNGs are committed; run after changing an SVG.
// Usage: npm run icons        (tests/unit/icons.test.ts checks every size's real pixel dimensions)
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const ICONS = new URL('../public/icons/', import.meta.url);
/** Why: the store listing's icon lives beside the packages, not in them. */
export const STORE_ICON = new URL('../store/icon-128.png', import.meta.url);

/** Why: the sizes the manifest names; below 32 px the detailed icon turns to mush, so the simpler one is drawn. */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

const svgFor = (size: number): string =>
  readFileSync(new URL(size < 32 ? 'icon-small.svg' : 'icon.svg', ICONS), 'utf8');

/** Why: one PNG of `svg` exactly `size` px wide; `padding` px of transparent margin on each side. */
export function renderIcon(svg: string, size: number, padding = 0): Buffer {
  const inner = size - 2 * padding;
  // Padding by widening the viewBox keeps the artwork vector-sharp at its smaller size.
  const [x, y, w, h] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '0 0 128 128').split(/\s+/).map(Number) as [
    number,
    number,
    number,
    number,
  ];
  const pad = (padding * w) / inner;
  const padded = svg.replace(
    /viewBox="[^"]+"/,
    `viewBox="${x - pad} ${y - pad} ${w + 2 * pad} ${h + 2 * pad}"`,
  );
  return new Resvg(padded, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const size of ICON_SIZES) {
    writeFileSync(new URL(`icon-${size}.png`, ICONS), renderIcon(svgFor(size), size));
    console.log(`wrote public/icons/icon-${size}.png`);
  }
  writeFileSync(STORE_ICON, renderIcon(svgFor(128), 128, 16));
  console.log('wrote store/icon-128.png');
}
