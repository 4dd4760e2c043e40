// The content script: reads the page into an Article (after idle, in slices), hands it to the background, and
// draws the report it gets back. No analysis here (the lint config keeps compromise and src/verify out), so it
// stays small and never causes a long task. Injected by scripting.executeScript or a registered content script.
import type { Report } from '../core/report';
import { readDomArticleAsync, type DomArticle } from '../adapters/dom-map';
import { callBackground, serveContent, type PageRead, type RenderStyle } from '../shared/messages';
import { anchorReport, locate, quoteOf, type Mark } from './anchor';
import { createPainter, type Painter } from './paint';
import { SLICE_MS, whenIdle, yieldToPage } from './schedule';
import { Tooltip } from './tooltip';
import { watchPage, type ChangeReason } from './watch';

// One instance per document: a second injection (popup click after automatic start) finds the first.
const GUARD = '__claimlensContent';
const scope = globalThis as unknown as Record<string, unknown>;

/** Why: the drawn state of the page, torn down as a whole by its AbortController. */
interface Drawing {
  controller: AbortController;
  painter: Painter;
  tooltip: Tooltip;
  marks: Mark[];
}

function main(): void {
  const instance = crypto.randomUUID();
  let dom: DomArticle | null = null;
  let dirty = true;
  let readUrl = '';
  let reading: Promise<DomArticle> | null = null;
  let report: Report | null = null;
  let style: RenderStyle | null = null;
  let drawing: Drawing | null = null;
  let watching: AbortController | null = null;
  let renderGeneration = 0;

  async function read(): Promise<DomArticle> {
    if (dom && !dirty && readUrl === location.href) return dom;
    reading ??= (async () => {
      try {
        await whenIdle();
        performance.mark('claimlens:read:start');
        dirty = false;
        readUrl = location.href;
        const fresh = await readDomArticleAsync(document, {
          url: location.href,
          sliceMs: SLICE_MS,
          yieldNow: yieldToPage,
        });
        performance.mark('claimlens:read:end');
        dom = fresh;
        return fresh;
      } finally {
        reading = null;
      }
    })();
    return reading;
  }

  function startWatching(): void {
    if (watching) return;
    watching = new AbortController();
    watchPage((reason) => void onPageChange(reason), watching.signal);
  }

  // The page changed: read it again; if its text changed, the background analyses it again (it calls back
  // with content:render). If only nodes moved (same text), re-anchor the marks here.
  async function onPageChange(reason: ChangeReason): Promise<void> {
    dirty = true;
    if (!report) return;
    const before = dom ? textSignature(dom) : '';
    const fresh = await read();
    if (reason === 'navigation' || textSignature(fresh) !== before) {
      try {
        await callBackground('page:changed', { url: location.href, instance, reason });
      } catch {
        // The extension was reloaded or updated: this script is orphaned; remove our traces.
        teardown();
      }
      return;
    }
    if (drawing && style) await draw(report, style);
  }

  function teardown(): void {
    drawing?.controller.abort();
    drawing = null;
    watching?.abort();
    watching = null;
  }

  async function draw(r: Report, s: RenderStyle): Promise<{ drawn: number; unanchored: number }> {
    const generation = ++renderGeneration;
    const d = dom ?? (await read());
    if (!drawing) {
      const controller = new AbortController();
      drawing = {
        controller,
        painter: createPainter(controller.signal),
        tooltip: new Tooltip(controller.signal),
        marks: [],
      };
    }
    const current = drawing;
    let { marks, missed } = await anchorReport(r, d, s.showLinked, current.controller.signal);
    if (missed.length > 0 && dirty) {
      // The page changed since it was read: read it again and anchor by quote.
      const fresh = await read();
      ({ marks, missed } = await anchorReport(r, fresh, s.showLinked, current.controller.signal));
    }
    if (generation !== renderGeneration || current.controller.signal.aborted)
      return { drawn: 0, unanchored: 0 };
    current.marks = marks;
    current.painter.paint(marks, s.colors);
    current.tooltip.update(marks, r, s.colors);
    performance.mark('claimlens:render:end');
    return { drawn: marks.length, unanchored: missed.length };
  }

  serveContent({
    'content:ping': () => ({ highlights: drawing !== null, url: location.href, instance }),
    'content:read': async (): Promise<PageRead> => {
      const d = await read();
      startWatching();
      const chars = d.article.blocks.reduce((n, b) => n + b.text.length, 0);
      return { article: d.article, url: location.href, contentType: document.contentType, chars, instance };
    },
    'content:render': async ({ report: r, show, style: s }) => {
      report = r;
      style = s;
      startWatching();
      if (!show) {
        renderGeneration++;
        drawing?.controller.abort();
        drawing = null;
        return { drawn: 0, unanchored: 0 };
      }
      return draw(r, s);
    },
    'content:reveal': async ({ ref }) => {
      if (!report) return false;
      let mark = drawing?.marks.find((m) => m.ref === ref) ?? null;
      let range = mark?.range ?? null;
      if (!range) {
        // Not drawn (a linked claim with showLinked off, an import that exists): locate it anyway.
        const d = dom ?? (await read());
        const claim = report.claims.find((c) => c.id === ref);
        const link = report.links.find((l) => l.id === ref);
        const imp = report.imports.find((i) => i.id === ref);
        const item = claim
          ? { type: 'claim' as const, claim }
          : link
            ? { type: 'link' as const, link }
            : imp
              ? { type: 'import' as const, imp }
              : null;
        const block = claim?.block ?? link?.block ?? imp?.block;
        const quote = item ? quoteOf(d, item) : null;
        range = quote && block !== undefined ? locate(d, block, quote) : null;
        mark = null;
      }
      if (!range) return false;
      const target = range.startContainer.parentElement;
      const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
      target?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
      drawing?.painter.flash(range);
      if (mark && drawing) {
        const shown = mark;
        const tooltip = drawing.tooltip;
        // Show the card once the scroll has settled, so the reader sees why this claim was flagged.
        setTimeout(() => tooltip.show(shown), smooth ? 600 : 50);
      }
      return true;
    },
  });

  // Started by a registered content script (automatic highlighting): ask whether to analyse this page.
  // The background answers no when it injected us itself (it is already reading) or the site is not chosen.
  void (async () => {
    await whenIdle();
    try {
      await callBackground('page:hello', { url: location.href, instance });
    } catch {
      // Extension reloaded: nothing to do.
    }
  })();
}

// A cheap fingerprint of the article's text: equal means "same text, maybe new nodes".
function textSignature(d: DomArticle): string {
  let h = 0;
  let n = 0;
  for (const b of d.article.blocks) {
    const t = b.text;
    n += t.length;
    for (let i = 0; i < t.length; i++) h = (h * 31 + t.charCodeAt(i)) | 0;
  }
  return `${d.article.blocks.length}:${n}:${h}`;
}

if (!scope[GUARD]) {
  scope[GUARD] = true;
  main();
}
