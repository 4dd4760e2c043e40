// Draws marks without touching the page's text or structure: the CSS Custom Highlight API (one highlight per
// status, styled by a constructed stylesheet in document.adoptedStyleSheets), or, where that API is missing,
// boxes in a shadow root laid over the text. Everything is removed when the signal aborts.
import { HIGHLIGHT_STATUSES, isHexColor, type HighlightStatus, type Settings } from '../shared/settings';
import type { Mark } from './anchor';

/** Why: the names pages and tests can see in CSS.highlights; one per status plus the flash. */
export const HIGHLIGHT_NAMES: Record<HighlightStatus | 'flash', string> = {
  unsupported: 'claimlens-unsupported',
  'cited-unlinked': 'claimlens-cited-unlinked',
  linked: 'claimlens-linked',
  'link-problem': 'claimlens-link-problem',
  flash: 'claimlens-flash',
};

/** Why: both back ends do the same three things. */
export interface Painter {
  paint(marks: Mark[], colors: Settings['colors']): void;
  flash(range: Range): void;
  destroy(): void;
}

/** Why: "#E69F00" -> "230 159 0" for rgb(... / alpha) (colours are validated hex; anything else is refused). */
export function rgbOf(hex: string): string {
  if (!isHexColor(hex)) return '128 128 128';
  const h = hex.length === 4 ? hex.slice(1).replace(/./g, (c) => c + c) : hex.slice(1);
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)).join(' ');
}

/** Why: the CSS for the highlight pseudo-elements; colours come only from validated hex values. */
export function highlightCss(colors: Settings['colors']): string {
  const rules = HIGHLIGHT_STATUSES.map((s) => {
    const rgb = rgbOf(colors[s]);
    return `::highlight(${HIGHLIGHT_NAMES[s]}) { background-color: rgb(${rgb} / 0.28); text-decoration: underline 2px rgb(${rgb}); }`;
  });
  rules.push(
    `::highlight(${HIGHLIGHT_NAMES.flash}) { background-color: rgb(255 200 0 / 0.9); color: #000; }`,
  );
  return rules.join('\n');
}

interface HighlightCtor {
  new (...ranges: AbstractRange[]): { priority: number; add(r: AbstractRange): void; clear(): void };
}

function highlightApi(): { registry: Map<string, unknown>; Highlight: HighlightCtor } | null {
  const css = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS;
  const Highlight = (globalThis as { Highlight?: HighlightCtor }).Highlight;
  if (!css?.highlights || !Highlight) return null;
  return { registry: css.highlights, Highlight };
}

const reducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Why: picks the back end this browser supports. */
export function createPainter(signal: AbortSignal): Painter {
  const api = highlightApi();
  return api && 'adoptedStyleSheets' in document ? cssPainter(api, signal) : overlayPainter(signal);
}

function cssPainter(api: NonNullable<ReturnType<typeof highlightApi>>, signal: AbortSignal): Painter {
  const sheet = new CSSStyleSheet();
  const adopt = (): void => {
    if (!document.adoptedStyleSheets.includes(sheet))
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  };
  adopt();
  let flashTimer = 0;
  const names = Object.values(HIGHLIGHT_NAMES);
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(flashTimer);
      for (const name of names) api.registry.delete(name);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    },
    { once: true },
  );
  return {
    paint(marks, colors) {
      sheet.replaceSync(highlightCss(colors));
      adopt(); // a page that assigned its own adoptedStyleSheets dropped ours
      const by = new Map<HighlightStatus, Range[]>(HIGHLIGHT_STATUSES.map((s) => [s, []]));
      for (const m of marks) by.get(m.status)?.push(m.range);
      for (const status of HIGHLIGHT_STATUSES) {
        const ranges = by.get(status) ?? [];
        if (ranges.length === 0) api.registry.delete(HIGHLIGHT_NAMES[status]);
        else api.registry.set(HIGHLIGHT_NAMES[status], new api.Highlight(...ranges));
      }
    },
    flash(range) {
      clearTimeout(flashTimer);
      const h = new api.Highlight(range);
      h.priority = 10;
      const steps = reducedMotion() ? [true, false] : [true, false, true, false, true, false];
      let i = 0;
      const tick = (): void => {
        if (signal.aborted) return;
        const on = steps[i++];
        if (on === undefined) return;
        if (on) api.registry.set(HIGHLIGHT_NAMES.flash, h);
        else api.registry.delete(HIGHLIGHT_NAMES.flash);
        flashTimer = window.setTimeout(tick, on ? 450 : 200);
      };
      tick();
    },
    destroy() {
      // Teardown is the signal's job; this exists so callers need not know which back end they have.
    },
  };
}

// Fallback: boxes positioned over each line of each range, in a shadow root the page's CSS cannot reach.
function overlayPainter(signal: AbortSignal): Painter {
  const host = document.createElement('div');
  host.style.cssText =
    'all: initial !important; position: absolute !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; pointer-events: none !important; z-index: 2147483646 !important;';
  const root = host.attachShadow({ mode: 'closed' });
  const layer = document.createElement('div');
  root.append(layer);
  document.documentElement.append(host);
  let current: Mark[] = [];
  let colors: Settings['colors'] | null = null;
  let frame = 0;
  const MAX_BOXES = 4000;

  const draw = (): void => {
    frame = 0;
    if (!colors) return;
    const boxes: HTMLElement[] = [];
    for (const m of current) {
      const rgb = rgbOf(colors[m.status]);
      for (const rect of Array.from(m.range.getClientRects())) {
        if (boxes.length >= MAX_BOXES) break;
        const box = document.createElement('div');
        box.style.cssText = `position:absolute;left:${rect.left + scrollX}px;top:${rect.top + scrollY}px;width:${rect.width}px;height:${rect.height}px;background:rgb(${rgb} / 0.28);border-bottom:2px solid rgb(${rgb});pointer-events:none;`;
        boxes.push(box);
      }
    }
    layer.replaceChildren(...boxes);
  };
  const schedule = (): void => {
    if (!frame) frame = requestAnimationFrame(draw);
  };
  addEventListener('resize', schedule, { signal, passive: true });
  const resize = new ResizeObserver(schedule);
  resize.observe(document.documentElement);
  signal.addEventListener(
    'abort',
    () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      host.remove();
    },
    { once: true },
  );
  return {
    paint(marks, c) {
      current = marks;
      colors = c;
      schedule();
    },
    flash(range) {
      const rects = Array.from(range.getClientRects());
      const boxes = rects.map((rect) => {
        const box = document.createElement('div');
        box.style.cssText = `position:absolute;left:${rect.left + scrollX}px;top:${rect.top + scrollY}px;width:${rect.width}px;height:${rect.height}px;background:rgb(255 200 0 / 0.9);mix-blend-mode:multiply;pointer-events:none;`;
        return box;
      });
      layer.append(...boxes);
      setTimeout(() => boxes.forEach((b) => b.remove()), reducedMotion() ? 600 : 1600);
    },
    destroy() {},
  };
}
