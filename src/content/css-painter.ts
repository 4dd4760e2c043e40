// The CSS Custom Highlight API painter: one Highlight per status, styled by a constructed stylesheet in
// document.adoptedStyleSheets whose rules select an attribute on the elements under shown marks (highlight-hosts.ts);
// the page's text and structure are never touched. Everything goes when the signal aborts.
import { HIGHLIGHT_STATUSES, type HighlightStatus, type Settings } from '../shared/settings';
import { mark, publishNames } from './marks';
import { HighlightHosts } from './highlight-hosts';
import { highlightScope } from './highlight-scope';
import { NearViewport } from './near-viewport';
import { overlayPainter } from './overlay';
import { SLICE_MS } from './schedule';
import {
  HIGHLIGHT_NAMES,
  RANGES_PER_FRAME,
  highlightCss,
  nextFrame,
  randomName,
  reducedMotion,
  type HighlightCtor,
  type HighlightLike,
  type Painter,
} from './paint';

/** Why: the API where the browser has it (Chrome 105+, Firefox 140+, Safari 17.2+), else null. */
export function highlightApi(): { registry: Map<string, unknown>; Highlight: HighlightCtor } | null {
  const css = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS;
  const Highlight = (globalThis as { Highlight?: HighlightCtor }).Highlight;
  if (!css?.highlights || !Highlight) return null;
  return { registry: css.highlights, Highlight };
}

/**
 * Why: the API can exist and still refuse a content script (Firefox's Xray wrappers guard adoptedStyleSheets and
 * the highlight registry across compartments). One round trip proves it works, and leaves nothing behind.
 */
function works(api: NonNullable<ReturnType<typeof highlightApi>>): boolean {
  // adoptedStyleSheets is a live array: take the probe out by filtering, never by restoring a saved reference.
  const probe = new CSSStyleSheet();
  try {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, probe];
    const ok = document.adoptedStyleSheets.includes(probe);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== probe);
    const probeName = randomName();
    api.registry.set(probeName, new api.Highlight());
    api.registry.delete(probeName);
    return ok;
  } catch {
    try {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== probe);
    } catch {
      // Nothing was changed.
    }
    return false;
  }
}

/** Why: picks the back end this browser supports. */
export function createPainter(signal: AbortSignal): Painter {
  const api = highlightApi();
  return api && 'adoptedStyleSheets' in document && works(api)
    ? cssPainter(api, signal)
    : overlayPainter(signal);
}

/**
 * Why: marks hold StaticRanges, which highlights take as they are (Chrome 105+; AbstractRange in the spec). A browser
 * that refuses one gets a live Range per mark it shows, made once and kept while the painter lives.
 */
function paintableRanges(
  api: NonNullable<ReturnType<typeof highlightApi>>,
): (r: AbstractRange) => AbstractRange {
  try {
    const at = document.documentElement;
    new api.Highlight(
      new StaticRange({ startContainer: at, startOffset: 0, endContainer: at, endOffset: 0 }),
    );
    return (r) => r;
  } catch {
    const live = new WeakMap<AbstractRange, Range>();
    return (r) => {
      let l = live.get(r);
      if (!l) {
        l = document.createRange();
        try {
          l.setStart(r.startContainer, r.startOffset);
          l.setEnd(r.endContainer, r.endOffset);
        } catch {
          // A node the page shortened since: an empty range paints nothing until the page is anchored again.
        }
        live.set(r, l);
      }
      return l;
    };
  }
}

/** Why: how often a shown page is checked for tampered highlights (a moved range is put back within a second). */
export const VERIFY_MS = 400;

function cssPainter(api: NonNullable<ReturnType<typeof highlightApi>>, signal: AbortSignal): Painter {
  const paintable = paintableRanges(api);
  const sheet = new CSSStyleSheet();
  let css = '';
  let colors: Settings['colors'] | null = null;
  // The rules as the browser holds them after our replaceSync: a page that edits our sheet is noticed.
  let rulesText = '';
  const sheetText = (): string => Array.from(sheet.cssRules, (r) => r.cssText).join('\n');
  // The elements under shown marks carry hosts.attr, which our rules select; marks in editable content cannot, and
  // once one is shown the rules also take the whole-page form (a restyle of the page, on editor pages only).
  const hosts = new HighlightHosts();
  const held = new Map<AbstractRange, Element[]>();
  let editable = false;
  const cssFor = (c: Settings['colors']): string =>
    highlightCss(c, editable ? [`[${hosts.attr}]`, highlightScope()] : [`[${hosts.attr}]`]);
  const hold = (r: AbstractRange): void => {
    if (held.has(r)) return;
    const els = hosts.hold(r);
    if (els) held.set(r, els);
    else if (!editable && colors) {
      editable = true;
      css = cssFor(colors);
      sheet.replaceSync(css);
      rulesText = sheetText();
    }
  };
  const release = (r: AbstractRange): void => {
    const els = held.get(r);
    if (els) hosts.drop(els);
    held.delete(r);
  };
  const adopt = (): void => {
    if (!document.adoptedStyleSheets.includes(sheet))
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  };
  // One Highlight per status, registered once and then kept in step with the near marks, in batches.
  const highlights = new Map<HighlightStatus, HighlightLike>(
    HIGHLIGHT_STATUSES.map((s) => [s, new api.Highlight()]),
  );
  const register = (): void => {
    for (const [status, h] of highlights) {
      if (api.registry.get(HIGHLIGHT_NAMES[status]) !== h) api.registry.set(HIGHLIGHT_NAMES[status], h);
    }
  };
  publishNames({ ...HIGHLIGHT_NAMES, attribute: hosts.attr });
  const shown = new Map<AbstractRange, HighlightStatus>();

  /**
   * Why: the registry, our Highlights and our sheet are all reachable from the page's own scripts (CSS.highlights,
   * document.adoptedStyleSheets). Before every repaint, and twice a second while marks are shown, what the page
   * holds is compared with what ClaimLens drew (`shown`, kept in this isolated world); anything else is put back.
   * Returns whether something had been tampered with.
   */
  const verify = (): boolean => {
    if (signal.aborted) return false;
    let tampered = false;
    if (css && sheetText() !== rulesText) {
      sheet.replaceSync(css);
      rulesText = sheetText();
      tampered = true;
    }
    if (css && !document.adoptedStyleSheets.includes(sheet)) {
      adopt();
      tampered = true;
    }
    if (hosts.repair()) tampered = true;
    const expected = new Map<HighlightStatus, number>(HIGHLIGHT_STATUSES.map((st) => [st, 0]));
    for (const st of shown.values()) expected.set(st, (expected.get(st) ?? 0) + 1);
    for (const [status, h] of highlights) {
      const name = HIGHLIGHT_NAMES[status];
      if (api.registry.get(name) !== h) {
        api.registry.set(name, h);
        tampered = true;
      }
      let intact = h.size === expected.get(status);
      if (intact) for (const r of h) if (shown.get(r) !== status) intact = false;
      if (!intact) {
        h.clear();
        for (const [r, st] of shown) if (st === status) h.add(r);
        tampered = true;
      }
    }
    return tampered;
  };
  const watchdog = window.setInterval(() => void verify(), VERIFY_MS);
  let syncing: Promise<void> | null = null;
  let again = false;
  let painted = false;

  // Applies the difference between what is drawn and what should be, RANGES_PER_FRAME changes per frame.
  const sync = (): Promise<void> => {
    if (syncing) {
      again = true;
      return syncing;
    }
    syncing = (async () => {
      do {
        again = false;
        verify();
        const wanted = new Map<AbstractRange, HighlightStatus>(
          near.marks().map((m) => [paintable(m.range), m.status]),
        );
        const ops: (() => void)[] = [];
        for (const [r, status] of wanted) {
          if (shown.get(r) === status) continue;
          ops.push(() => {
            const before = shown.get(r);
            if (before) highlights.get(before)?.delete(r);
            hold(r);
            highlights.get(status)?.add(r);
            shown.set(r, status);
          });
        }
        for (const [r, status] of shown) {
          if (!wanted.has(r))
            ops.push(() => {
              highlights.get(status)?.delete(r);
              shown.delete(r);
              if (r !== flashing) release(r);
            });
        }
        // At most RANGES_PER_FRAME per frame (the browser's highlight work lands in the next frame), and at most
        // SLICE_MS of ours per task (a GC pause may land in the same task).
        for (let i = 0; i < ops.length && !again;) {
          if (i > 0) await nextFrame();
          if (signal.aborted) return;
          const end = Math.min(ops.length, i + RANGES_PER_FRAME);
          const until = performance.now() + SLICE_MS;
          do (ops[i++] as () => void)();
          while (i < end && performance.now() < until);
          if (!painted) {
            painted = true;
            mark('paint:first');
          }
        }
      } while (again && !signal.aborted);
    })().finally(() => {
      syncing = null;
    });
    return syncing;
  };
  const near = new NearViewport(() => void sync(), signal);

  let flashTimer = 0;
  let flashing: AbstractRange | null = null;
  const endFlash = (): void => {
    if (flashing && !shown.has(flashing)) release(flashing);
    flashing = null;
  };
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(flashTimer);
      clearInterval(watchdog);
      hosts.clear();
      held.clear();
      for (const name of Object.values(HIGHLIGHT_NAMES)) api.registry.delete(name);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    },
    { once: true },
  );
  return {
    async prepare(c) {
      if (signal.aborted) return; // turned off while a draw was on its way: nothing may come back
      colors = c;
      const nextCss = cssFor(c);
      const changed = nextCss !== css || !document.adoptedStyleSheets.includes(sheet);
      if (nextCss !== css || sheetText() !== rulesText) {
        sheet.replaceSync(nextCss);
        css = nextCss;
        rulesText = sheetText();
      }
      adopt(); // also re-adds the sheet if the page replaced adoptedStyleSheets
      register();
      if (changed) {
        await nextFrame();
        await nextFrame();
      }
    },
    async paint(marks, colors) {
      await this.prepare(colors);
      if (signal.aborted) return;
      await near.track(marks);
      await sync();
    },
    flash(range) {
      clearTimeout(flashTimer);
      endFlash();
      flashing = range;
      hold(range);
      const h = new api.Highlight(range);
      h.priority = 10;
      const steps = reducedMotion() ? [true, false] : [true, false, true, false, true, false];
      let i = 0;
      const tick = (): void => {
        if (signal.aborted) return;
        const on = steps[i++];
        if (on === undefined) return endFlash();
        if (on) api.registry.set(HIGHLIGHT_NAMES.flash, h);
        else api.registry.delete(HIGHLIGHT_NAMES.flash);
        flashTimer = window.setTimeout(tick, on ? 450 : 200);
      };
      tick();
    },
    near: () => near.marks(),
  };
}
