// What the two highlight painters share (css-painter.ts: the CSS Custom Highlight API; overlay.ts: boxes in a
// shadow root where that API is missing): the contract, the highlight names, the colours and the frame pacing.
import { HIGHLIGHT_STATUSES, isHexColor, type HighlightStatus, type Settings } from '../shared/settings';
import type { Mark } from './anchor';

/** Why: a name a page cannot guess: a letter and 15 random base-36 characters (a CSS identifier). */
export function randomName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(15));
  return `h${Array.from(bytes, (b) => (b % 36).toString(36)).join('')}`;
}

/**
 * Why: the names in CSS.highlights, one per status plus the flash, random per page load: a page cannot look for
 * ClaimLens by name, nor name a highlight of ours before it exists (see docs/page-visibility.md for what it can see).
 */
export const HIGHLIGHT_NAMES: Readonly<Record<HighlightStatus | 'flash', string>> = Object.freeze({
  unsupported: randomName(),
  'cited-unlinked': randomName(),
  linked: randomName(),
  'link-problem': randomName(),
  flash: randomName(),
});

/** Why: both back ends do the same three things. */
export interface Painter {
  /**
   * Puts the styles in the page and lets the browser restyle it in a frame of its own (cheap where the rules select
   * only marked elements; a whole-page recalculation where they cannot, and that must not share our task).
   */
  prepare(colors: Settings['colors']): Promise<void>;
  /** Draws exactly these marks (replacing what was drawn), in batches a frame apart; resolves when done. */
  paint(marks: Mark[], colors: Settings['colors']): Promise<void>;
  flash(range: AbstractRange): void;
  /** The marks near the viewport, in reading order (the hover card avoids covering those on screen). */
  near(): readonly Mark[];
}

/**
 * Why: the browser's style and paint work for newly highlighted ranges lands in the next frame; about a thousand
 * ranges per frame keeps that frame under the long-task line even on a 1 MB page (measured: 18 000 at once cost
 * a 250 ms frame).
 */
export const RANGES_PER_FRAME = 750;

/** Why: lets the browser render between batches; hidden pages get no frames, so they get a timer instead. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (document.hidden) setTimeout(resolve, 16);
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

/** Why: "#E69F00" -> "230 159 0" for rgb(... / alpha) (colours are validated hex; anything else is refused). */
export function rgbOf(hex: string): string {
  if (!isHexColor(hex)) return '128 128 128';
  const h = hex.length === 4 ? hex.slice(1).replace(/./g, (c) => c + c) : hex.slice(1);
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)).join(' ');
}

/**
 * Why: the CSS for the highlight pseudo-elements; colours come only from validated hex values. Each rule applies
 * to the elements `scopes` select (highlight-hosts.ts says which): '[data-h…]' for the marked elements, ':root'
 * where highlight styles inherit (highlight-scope.ts), '' for the universal form.
 */
export function highlightCss(colors: Settings['colors'], scopes: readonly string[] = ['']): string {
  const select = (name: string): string => scopes.map((s) => `${s}::highlight(${name})`).join(', ');
  const rules = HIGHLIGHT_STATUSES.map((s) => {
    const rgb = rgbOf(colors[s]);
    return `${select(HIGHLIGHT_NAMES[s])} { background-color: rgb(${rgb} / 0.28); text-decoration: underline 2px rgb(${rgb}); }`;
  });
  rules.push(`${select(HIGHLIGHT_NAMES.flash)} { background-color: rgb(255 200 0 / 0.9); color: #000; }`);
  return rules.join('\n');
}

/** Why: the parts of the Highlight interface we use (its typings are not in every DOM lib). */
export interface HighlightLike {
  priority: number;
  readonly size: number;
  add(r: AbstractRange): void;
  delete(r: AbstractRange): boolean;
  has(r: AbstractRange): boolean;
  clear(): void;
  [Symbol.iterator](): Iterator<AbstractRange>;
}

/** Why: the Highlight constructor, found on globalThis when the browser has the API. */
export interface HighlightCtor {
  new (...ranges: AbstractRange[]): HighlightLike;
}

/** Why: flashes and scrolls respect the reader's motion setting. */
export const reducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;
