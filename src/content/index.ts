// The content script: reads the page into an Article (after idle, in slices), hands it to the background, and
// draws the plan it gets back. No analysis here (the lint config keeps compromise and src/verify out), so it
// stays small and never causes a long task. Injected by scripting.executeScript or a registered content script.
import type { DomArticle } from '../adapters/dom-map';
import {
  ANALYSED_CONTENT_TYPE,
  BLOCKS_PER_MESSAGE,
  callBackground,
  serveContent,
  type PageRead,
  type RenderStyle,
} from '../shared/messages';
import { batchEnd } from '../shared/message-size';
import type { PlanItem } from '../shared/render-plan';
import { anchorPlan, rangeOf, type Mark } from './anchor';
import { createPainter } from './css-painter';
import { mark } from './marks';
import { reducedMotion, type Painter } from './paint';
import { readPage } from './read';
import { whenIdle, yieldToPage } from './schedule';
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
  /** The stylesheet put in the page when a plan started arriving (its restyle frames), if one is pending. */
  styled: Promise<void> | null;
  /** The plan's first part, drawn while the rest was on its way: its marks, by item, with the read they belong to. */
  early: { read: number; marks: Map<PlanItem, Mark> } | null;
}

function main(): void {
  const instance = crypto.randomUUID();
  let dom: DomArticle | null = null;
  let root: Element | null = null;
  let readId = 0;
  let dirty = true;
  let readUrl = '';
  let reading: Promise<DomArticle> | null = null;
  let plan: PlanItem[] = [];
  let incoming: { renderId: number; items: PlanItem[] } | null = null;
  let style: RenderStyle | null = null;
  let drawing: Drawing | null = null;
  let watching: AbortController | null = null;
  let renderGeneration = 0;

  async function read(): Promise<DomArticle> {
    if (dom && !dirty && readUrl === location.href) return dom;
    reading ??= (async () => {
      try {
        await whenIdle();
        mark('read:start');
        dirty = false;
        readUrl = location.href;
        const fresh = await readPage(document, location.href);
        dom = fresh;
        root = fresh.root;
        readId++;
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
    watchPage(
      (reason) => void onPageChange(reason),
      watching.signal,
      () => root,
    );
  }

  // The page changed: read it again; if its text changed, the background analyses it again (and calls back
  // with content:render). If only nodes moved (same text), re-anchor the marks here.
  async function onPageChange(reason: ChangeReason): Promise<void> {
    dirty = true;
    if (plan.length === 0) return;
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
    if (drawing && style) await draw(plan, style);
  }

  function teardown(): void {
    drawing?.controller.abort();
    drawing = null;
    watching?.abort();
    watching = null;
  }

  function ensureDrawing(): Drawing {
    if (!drawing) {
      const controller = new AbortController();
      const painter = createPainter(controller.signal);
      drawing = {
        controller,
        painter,
        tooltip: new Tooltip(
          controller.signal,
          (ref) => callBackground('page:detail', { ref }),
          () => painter.near(),
        ),
        marks: [],
        styled: null,
        early: null,
      };
    }
    return drawing;
  }

  /**
   * Anchors and paints `items`. A long plan arrives in several messages: its first part (the top of the article, where
   * the reader is) is drawn `early`, as soon as it comes, and the whole plan when the last message is in, reusing the
   * early marks. The tooltip is indexed for the whole plan only.
   */
  async function draw(
    items: PlanItem[],
    s: RenderStyle,
    early = false,
  ): Promise<{ drawn: number; unanchored: number }> {
    const generation = ++renderGeneration;
    // Not in the task that parsed the last batch of the plan.
    await yieldToPage();
    mark(early ? 'early:start' : 'render:start');
    const d = dom ?? (await read());
    const current = ensureDrawing();
    const known = !early && current.early?.read === readId && !dirty ? current.early.marks : undefined;
    current.early = null;
    // Styles first: the page restyles in its own frame while we anchor (begun when the plan started to arrive).
    const styled = current.styled;
    current.styled = null;
    const prepared = Promise.all([styled, current.painter.prepare(s.colors)]);
    let { marks, missed } = await anchorPlan(items, d, current.controller.signal, known);
    if (missed > 0 && dirty) {
      // The page changed since it was read: read it again and anchor by quote.
      ({ marks, missed } = await anchorPlan(items, await read(), current.controller.signal));
    }
    if (generation !== renderGeneration || current.controller.signal.aborted)
      return { drawn: 0, unanchored: 0 };
    current.marks = marks;
    if (early) {
      const byItem = new Map<PlanItem, Mark>();
      let k = 0;
      for (const item of items) if (item.status && marks[k]?.ref === item.ref) byItem.set(item, marks[k++]!);
      current.early = { read: readId, marks: byItem };
    }
    mark(early ? 'early:anchored' : 'anchor:end');
    await prepared;
    await current.painter.paint(marks, s.colors);
    if (early) {
      mark('early:end');
      return { drawn: marks.length, unanchored: missed };
    }
    mark('paint:end');
    await yieldToPage(); // the tooltip's index gets tasks of its own, not the tail of the last paint batch
    await current.tooltip.update(marks, s.colors);
    if (generation !== renderGeneration || current.controller.signal.aborted)
      return { drawn: 0, unanchored: 0 };
    mark('render:end');
    return { drawn: marks.length, unanchored: missed };
  }

  serveContent({
    'content:ping': () => ({ highlights: drawing !== null, url: location.href, instance }),
    'content:read': async ({ style: s }): Promise<PageRead> => {
      const d = await read();
      startWatching();
      mark('read:end');
      const chars = d.article.blocks.reduce((n, b) => n + b.text.length, 0);
      // Our stylesheet goes in while the worker analyses, after this answer has gone out (its rules select marked
      // elements only, so this restyles little; the overlay painter needs nothing), for a page with text to analyse.
      if (s && chars > 0 && ANALYSED_CONTENT_TYPE.test(document.contentType)) {
        const early = ensureDrawing();
        setTimeout(() => {
          early.styled ??= early.painter.prepare(s.colors).then(() => mark('read:styled'));
        }, 0);
      }
      return {
        article: {
          ...d.article,
          blocks: d.article.blocks.slice(0, batchEnd(d.article.blocks, 0, BLOCKS_PER_MESSAGE)),
        },
        totalBlocks: d.article.blocks.length,
        readId,
        url: location.href,
        contentType: document.contentType,
        chars,
        instance,
      };
    },
    'content:blocks': async ({ readId: asked, from }) => {
      // Each batch in its own task; a batch of an older read is refused (the page was read again since).
      if (asked !== readId || !dom) throw new Error('The page was read again; start over');
      await yieldToPage();
      return dom.article.blocks.slice(from, batchEnd(dom.article.blocks, from, BLOCKS_PER_MESSAGE));
    },
    'content:render': async ({ renderId, items, done, show, style: s }) => {
      if (!incoming || incoming.renderId !== renderId) {
        incoming = { renderId, items: [] };
        // A long plan comes in several messages: the page takes our stylesheet (in frames of its own) while the rest
        // is on its way, not after it.
        if (show && !done) {
          const d = ensureDrawing();
          d.styled ??= d.painter.prepare(s.colors);
          // ... and its first part, the top of the article, is drawn now.
          void draw(items, s, true);
        }
      }
      incoming.items.push(...items);
      if (!done) return null;
      plan = incoming.items;
      incoming = null;
      style = s;
      startWatching();
      if (!show) {
        renderGeneration++;
        drawing?.controller.abort();
        drawing = null;
        return { drawn: 0, unanchored: 0 };
      }
      return draw(plan, s);
    },
    'content:step': ({ by }) => drawing?.tooltip.step(by) ?? false,
    'content:reveal': async ({ ref }) => {
      const mark = drawing?.marks.find((m) => m.ref === ref) ?? null;
      let range = mark?.range ?? null;
      if (!range) {
        // Not coloured (a linked claim with showLinked off, an import that exists): locate it anyway.
        const item = plan.find((p) => p.ref === ref);
        range = item ? rangeOf(dom ?? (await read()), item) : null;
      }
      if (!range) return false;
      const smooth = !reducedMotion();
      range.startContainer.parentElement?.scrollIntoView({
        block: 'center',
        inline: 'nearest',
        behavior: smooth ? 'smooth' : 'auto',
      });
      drawing?.painter.flash(range);
      if (mark && drawing) {
        const tooltip = drawing.tooltip;
        // Show the card once the scroll has settled, so the reader sees why this claim was flagged.
        setTimeout(() => tooltip.show(mark), smooth ? 600 : 50);
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

// A fingerprint of the article's text: equal means "same text, maybe new nodes".
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
