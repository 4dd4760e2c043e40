// The hover card's behaviour: which mark's card shows, when it opens and closes, where it goes. The pointer opens the
// card of the mark under it and switches at once when it reaches another mark; the card closes a grace period after
// the pointer left both the mark and the card. Keyboard focus on a page element holding a mark (a link) opens that
// mark's card and reads it out; the next/previous commands walk the marks in reading order and put focus in the card
// (its links are tabbable, Escape closes it and gives focus back). card-host.ts is the card's closed shadow root,
// placement.ts says where it goes (never over its mark), mark-index.ts finds the mark under the pointer.
import type { Detail } from '../shared/render-plan';
import type { Settings } from '../shared/settings';
import type { Mark } from './anchor';
import { cardContent } from './card';
import { CardHost } from './card-host';
import { MarkIndex } from './mark-index';
import { measure } from './marks';
import { startOrder, stepOrder } from './mark-steps';
import { GAP, placeCard, union, type Box, type Side } from './placement';
import { marksInBand } from './in-band';
import { boxOf, rectsOf } from './measure';

/** Why: the pointer may cross from a mark to its card (over the gap between them) within this time. */
export const GRACE_MS = 250;

/** Why: how a card was opened decides what closes it (the pointer's card goes with the pointer, a focused one with Escape). */
type Opened = 'pointer' | 'focus' | 'keyboard';

const viewport = (): { width: number; height: number } => ({
  width: document.documentElement.clientWidth || innerWidth,
  height: document.documentElement.clientHeight || innerHeight,
});

/** Why: shows the card for the mark under the pointer, in focus, or stepped to; everything goes when the signal aborts. */
export class Tooltip {
  private marks: Mark[] = [];
  private readonly index = new MarkIndex();
  private readonly card: CardHost;
  private colors: Settings['colors'] | null = null;
  private details = new Map<string, Promise<Detail | null>>();
  /** The mark whose card is wanted (its details may still be on their way). */
  private shown: Mark | null = null;
  private visible = false;
  private opened: Opened = 'pointer';
  /** The last mark the commands stepped to: the next step goes on from there. */
  private stepped: Mark | null = null;
  /** The page element that had focus before a command put it in the card. */
  private returnTo: HTMLElement | null = null;
  private restoring = false;
  private overCard = false;
  private frame = 0;
  private afterFrame = 0;
  private placeFrame = 0;
  private hideTimer = 0;
  private pointer = { x: 0, y: 0 };
  private last: { x: number; y: number } | null = null;
  private heading: Side | null = null;

  constructor(
    private readonly signal: AbortSignal,
    private readonly fetchDetail: (ref: string) => Promise<Detail | null>,
    /** The marks near the viewport (the painter's window): the card avoids covering those on screen. */
    private readonly nearMarks: () => readonly Mark[],
  ) {
    this.card = new CardHost(signal, {
      enter: () => {
        this.overCard = true;
        this.cancelHide();
      },
      leave: () => {
        this.overCard = false;
        if (this.opened === 'pointer') this.scheduleHide();
      },
      key: (e) => this.onCardKey(e),
    });
    const opts = { passive: true, signal };
    addEventListener('pointermove', (e) => this.onMove(e), opts);
    // The pointer left the window.
    addEventListener(
      'pointerout',
      (e) => !e.relatedTarget && this.opened === 'pointer' && this.scheduleHide(),
      opts,
    );
    addEventListener('scroll', () => this.onScroll(), { ...opts, capture: true });
    addEventListener('keydown', (e) => this.onKey(e), { signal, capture: true });
    addEventListener('focusin', (e) => this.onFocusIn(e), { signal, capture: true });
    addEventListener('focusout', (e) => this.onFocusOut(e), { signal, capture: true });
    signal.addEventListener(
      'abort',
      () => {
        cancelAnimationFrame(this.frame);
        clearTimeout(this.afterFrame);
        cancelAnimationFrame(this.placeFrame);
        clearTimeout(this.hideTimer);
      },
      { once: true },
    );
  }

  /** The marks to hover, indexed (in slices: thousands on a long page) by the text nodes they touch. */
  async update(marks: Mark[], colors: Settings['colors']): Promise<void> {
    this.marks = marks;
    this.colors = colors;
    this.details = new Map();
    this.stepped = null;
    this.hide();
    await this.index.build(marks, this.signal);
  }

  // Pointer moves are read once per frame, at the latest position; the direction is kept for the placement.
  private onMove(e: PointerEvent): void {
    const x = e.clientX;
    const y = e.clientY;
    this.pointer = { x, y };
    if (!this.last) this.last = { x, y };
    const dx = x - this.last.x;
    const dy = y - this.last.y;
    if (Math.abs(dx) + Math.abs(dy) >= 3) {
      this.heading = Math.abs(dy) >= Math.abs(dx) ? (dy > 0 ? 'below' : 'above') : dx > 0 ? 'right' : 'left';
      this.last = { x, y };
    }
    if (this.frame || this.afterFrame || this.marks.length === 0) return;
    // Once per frame, in a task of its own just after it: the hit test finds layout clean, and a card's DOM change
    // is rendered in the next frame's task, not in the same task as our work (on a 1 MB page each costs ~20 ms).
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.afterFrame = window.setTimeout(() => {
        this.afterFrame = 0;
        // Over the card, or reading it by keyboard: the card stays.
        if (this.overCard || this.card.hasFocus() || this.signal.aborted) return;
        const start = performance.now();
        const hit = this.index.at(this.pointer.x, this.pointer.y);
        if (hit) this.show(hit, 'pointer');
        else if (this.opened === 'pointer') this.scheduleHide();
        measure('hover:pointer', start);
      }, 0);
    });
  }

  /** Shows the card for a mark (its details are asked of the background once, then kept). */
  show(mark: Mark, opened: Opened = 'pointer'): void {
    this.cancelHide();
    if (this.signal.aborted || !this.colors) return;
    if (mark === this.shown) {
      // A stronger reason to show the same card: a command takes focus into it; focus on the page reads it out.
      if (opened === 'pointer' || opened === this.opened) return;
      this.opened = opened;
      if (this.visible && opened === 'keyboard') this.card.focus();
      if (this.visible && opened === 'focus') this.card.announce();
      return;
    }
    this.shown = mark;
    this.opened = opened;
    if (opened !== 'keyboard') this.returnTo = null;
    // Never the previous mark's card for this one while its details load (focus in the card stays until then).
    if (this.visible && !this.card.hasFocus()) {
      this.card.blank();
      this.visible = false;
      this.overCard = false;
    }
    let pending = this.details.get(mark.ref);
    if (!pending) {
      pending = this.fetchDetail(mark.ref).catch(() => null);
      this.details.set(mark.ref, pending);
    }
    void pending.then((detail) => {
      if (this.shown !== mark || this.signal.aborted || !this.colors) return;
      if (!detail) return this.hide();
      const start = performance.now();
      this.card.render(cardContent(detail, mark.status, this.colors));
      this.visible = true;
      if (!this.place()) return;
      measure('hover:card', start);
      if (this.opened === 'keyboard') this.card.focus();
      else if (this.opened === 'focus') this.card.announce();
    });
  }

  // Beside the mark, never over it, over as few other marks on screen as it can; false when the mark is gone.
  private place(): boolean {
    const mark = this.shown;
    if (!mark || !this.visible) return false;
    // Measured first: the one layout this costs leaves every rect below ready to read.
    const size = this.card.naturalSize();
    const rects = rectsOf(mark);
    if (rects.length === 0) {
      this.hide();
      return false;
    }
    const vp = viewport();
    // The other marks where the card can go: from a card's height above the mark to a card's height below it.
    const { top, bottom } = union(rects);
    const band = marksInBand(this.nearMarks(), top - size.height - GAP, bottom + size.height + GAP);
    const others: Box[] = [];
    for (const m of band) if (m !== mark) others.push(...rectsOf(m));
    const heading = this.opened === 'pointer' ? this.heading : null;
    this.card.moveTo(placeCard({ mark: rects, card: size, viewport: vp, others, heading }));
    return true;
  }

  /**
   * Why: the next/previous commands. Shows the card of the next (1) or previous (-1) mark in reading order, from the
   * card open now, the last one stepped to, or the first mark on screen; scrolls it into view and focuses the card.
   */
  step(by: 1 | -1): boolean {
    if (this.marks.length === 0 || !this.colors) return false;
    const start = performance.now();
    const vp = viewport();
    const current = this.shown ?? this.stepped;
    let from: number | null = current ? current.order : null;
    if (from === null) {
      const onScreen = marksInBand(this.nearMarks(), 0, vp.height).map((m) => {
        const b = boxOf(m);
        return { order: m.order, top: b.top, bottom: b.bottom };
      });
      from = startOrder(onScreen, vp.height, by);
    }
    const next = stepOrder(this.marks, from, by);
    if (!next) return false;
    this.stepped = next;
    if (!this.card.hasFocus()) {
      const active = document.activeElement;
      this.returnTo =
        active instanceof HTMLElement && active !== document.body && active !== this.card.host
          ? active
          : null;
    }
    const b = boxOf(next);
    if (b.top < 0 || b.bottom > vp.height || b.left < 0 || b.right > vp.width)
      next.range.startContainer.parentElement?.scrollIntoView({
        block: 'center',
        inline: 'nearest',
        behavior: 'instant',
      });
    this.show(next, 'keyboard');
    measure('hover:step', start);
    return true;
  }

  // Escape closes a card opened any way (a key pressed inside the card is the card's own: onCardKey).
  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.shown && e.target !== this.card.host) this.hide();
  }

  // Keys inside the card stay there: Escape closes and gives focus back, Tab goes round the card's links.
  private onCardKey(e: KeyboardEvent): void {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      this.hide();
    } else if (e.key === 'Tab') {
      e.preventDefault();
      this.card.cycleFocus(e.shiftKey ? -1 : 1);
    }
  }

  // Keyboard focus on a page element that holds a mark (a link, a cell) opens that mark's card.
  private onFocusIn(e: FocusEvent): void {
    const target = e.target;
    if (this.restoring || target === this.card.host) return;
    const keyboard = target instanceof Element && target.matches(':focus-visible');
    const mark = keyboard ? this.index.within(target) : null;
    if (mark) this.show(mark, 'focus');
    else if (this.shown && this.opened !== 'pointer') this.hide();
  }

  private onFocusOut(e: FocusEvent): void {
    // Focus left for nowhere (a click on the page's background): a card that came with it goes with it.
    if (e.relatedTarget || !this.shown || this.opened === 'pointer') return;
    setTimeout(() => {
      if (this.shown && this.opened !== 'pointer' && !this.card.hasFocus() && document.hasFocus())
        this.hide();
    }, 0);
  }

  // The pointer's card goes when the page scrolls under it; a keyboard card follows its mark while it is on screen.
  private onScroll(): void {
    if (!this.shown) return;
    if (this.opened === 'pointer') return this.hide();
    if (this.placeFrame) return;
    this.placeFrame = requestAnimationFrame(() => {
      this.placeFrame = 0;
      const b = this.shown ? boxOf(this.shown) : undefined;
      if (b && (b.bottom < 0 || b.top > viewport().height)) this.hide();
      else this.place();
    });
  }

  private scheduleHide(): void {
    if (!this.shown || this.hideTimer) return;
    this.hideTimer = window.setTimeout(() => {
      this.hideTimer = 0;
      this.hide();
    }, GRACE_MS);
  }

  private cancelHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = 0;
  }

  /** Why: closes the card; focus that was in it goes back where it came from. */
  hide(): void {
    this.cancelHide();
    const back = this.card.hasFocus() ? this.returnTo : null;
    this.returnTo = null;
    this.shown = null;
    this.visible = false;
    this.overCard = false;
    this.opened = 'pointer';
    if (back?.isConnected) {
      this.restoring = true;
      back.focus({ preventScroll: true });
      this.restoring = false;
    }
    this.card.detach();
  }
}
