// The hover card: which claim this is, its verdict, its evidence and why. Lives in a closed shadow root (the page's
// styles cannot reach it, its scripts cannot read it) and renders page text only through textContent.
import type { Detail } from '../shared/render-plan';
import { cardContent } from './card';
import type { Settings } from '../shared/settings';
import type { Mark } from './anchor';
import { inSlices } from './schedule';

const CSS = `
:host { all: initial; }
.card {
  position: fixed; z-index: 2147483647; box-sizing: border-box; max-width: min(380px, calc(100vw - 16px));
  padding: 10px 12px 10px; border-radius: 8px; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1b1f24; background: #ffffff; border: 1px solid #d0d7de; box-shadow: 0 8px 24px rgb(0 0 0 / 0.18);
  pointer-events: auto; text-align: left; white-space: normal; overflow-wrap: anywhere;
}
.card[hidden] { display: none; }
.head { display: flex; align-items: center; gap: 6px; font-weight: 600; margin-bottom: 4px; }
.dot { width: 10px; height: 10px; border-radius: 50%; flex: none; }
.kind { margin-left: auto; font-weight: 400; font-size: 12px; color: #57606a; }
.claim { font-weight: 600; margin: 2px 0 4px; }
.sentence { color: #424a53; margin: 0 0 6px; font-size: 12px; }
.reason { margin: 4px 0; }
.label { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #57606a; margin-top: 6px; }
ul { margin: 2px 0 0; padding-left: 16px; }
li { margin: 1px 0; }
.href { color: #0b57d0; font-size: 12px; }
a.work { color: #0b57d0; font-size: 12px; }
.online { margin: 3px 0 0; font-size: 12px; }
.foot { margin-top: 6px; font-size: 11px; color: #6e7781; }
@media (prefers-color-scheme: dark) {
  .card { color: #e6edf3; background: #1c2128; border-color: #444c56; box-shadow: 0 8px 24px rgb(0 0 0 / 0.5); }
  .kind, .label, .foot { color: #9da7b3; }
  .sentence { color: #c9d1d9; }
  .href, a.work { color: #7cb4ff; }
}
`;

/** Why: the caret under the pointer, in both browsers' spellings. */
function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const d = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

function rectsContain(range: Range, x: number, y: number): boolean {
  for (const r of Array.from(range.getClientRects())) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

/** Why: shows the card for the mark under the pointer; all listeners and the host go when the signal aborts. */
export class Tooltip {
  private host: HTMLDivElement | null = null;
  private card: HTMLDivElement | null = null;
  private marks: Mark[] = [];
  private byNode = new Map<Node, Mark[]>();
  private colors: Settings['colors'] | null = null;
  private details = new Map<string, Promise<Detail | null>>();
  private shown: Mark | null = null;
  private frame = 0;
  private hideTimer = 0;
  private overCard = false;

  constructor(
    private readonly signal: AbortSignal,
    private readonly fetchDetail: (ref: string) => Promise<Detail | null>,
  ) {
    addEventListener('pointermove', (e) => this.onMove(e), { passive: true, signal });
    addEventListener('scroll', () => this.hide(), { passive: true, signal, capture: true });
    addEventListener('keydown', (e) => e.key === 'Escape' && this.hide(), { signal });
    signal.addEventListener(
      'abort',
      () => {
        cancelAnimationFrame(this.frame);
        clearTimeout(this.hideTimer);
        this.host?.remove();
        this.host = null;
      },
      { once: true },
    );
  }

  /** The marks to hover, indexed (in slices: thousands on a long page) by the text nodes they touch. */
  async update(marks: Mark[], colors: Settings['colors']): Promise<void> {
    this.marks = marks;
    this.colors = colors;
    this.details = new Map();
    this.hide();
    const byNode = new Map<Node, Mark[]>();
    this.byNode = byNode;
    await inSlices(
      marks,
      (m) => {
        const add = (n: Node): void => {
          const list = byNode.get(n);
          if (list) list.push(m);
          else byNode.set(n, [m]);
        };
        const start = m.range.startContainer;
        const end = m.range.endContainer;
        add(start);
        if (end !== start) add(end);
      },
      this.signal,
    );
  }

  private onMove(e: PointerEvent): void {
    if (this.frame || this.marks.length === 0) return;
    const { clientX: x, clientY: y } = e;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.overCard) return;
      const hit = this.hitTest(x, y);
      if (hit) this.show(hit);
      else this.scheduleHide();
    });
  }

  /** Why: the mark whose text is under (x, y): the caret's text node narrows the search to its few marks. */
  hitTest(x: number, y: number): Mark | null {
    const caret = caretAt(x, y);
    if (!caret) return null;
    const candidates =
      this.byNode.get(caret.node) ?? this.marks.filter((m) => m.range.intersectsNode(caret.node));
    for (const m of candidates) {
      if (m.range.isPointInRange(caret.node, caret.offset) && rectsContain(m.range, x, y)) return m;
    }
    return null;
  }

  // The host is in the page only while the card shows (a page sees an empty element under <html> for that time,
  // never its content: the shadow root is closed). Built once, put back on each show, taken out on hide.
  private ensureHost(): HTMLDivElement {
    if (this.card && this.host) {
      if (!this.host.isConnected) document.documentElement.append(this.host);
      return this.card;
    }
    const host = document.createElement('div');
    host.style.cssText =
      'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important;';
    const root = host.attachShadow({ mode: 'closed' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
    const card = document.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'tooltip');
    card.hidden = true;
    card.addEventListener(
      'pointerenter',
      () => {
        this.overCard = true;
        clearTimeout(this.hideTimer);
      },
      { signal: this.signal },
    );
    card.addEventListener(
      'pointerleave',
      () => {
        this.overCard = false;
        this.scheduleHide();
      },
      { signal: this.signal },
    );
    root.append(card);
    document.documentElement.append(host);
    this.host = host;
    this.card = card;
    return card;
  }

  /** Shows the card for a mark (its details are asked of the background once, then kept). */
  show(mark: Mark): void {
    clearTimeout(this.hideTimer);
    if (this.signal.aborted || !this.colors) return;
    if (this.shown === mark && this.card && !this.card.hidden) return;
    this.shown = mark;
    let pending = this.details.get(mark.ref);
    if (!pending) {
      pending = this.fetchDetail(mark.ref).catch(() => null);
      this.details.set(mark.ref, pending);
    }
    void pending.then((detail) => {
      if (!detail || this.shown !== mark || this.signal.aborted || !this.colors) return;
      const card = this.ensureHost();
      card.replaceChildren(...cardContent(detail, mark.status, this.colors));
      card.hidden = false;
      const rect = mark.range.getBoundingClientRect();
      const w = card.offsetWidth;
      const h = card.offsetHeight;
      const left = Math.max(8, Math.min(rect.left, innerWidth - w - 8));
      const below = rect.bottom + 8;
      const top = below + h <= innerHeight - 8 ? below : Math.max(8, rect.top - h - 8);
      card.style.left = `${left}px`;
      card.style.top = `${top}px`;
    });
  }

  private scheduleHide(): void {
    if (!this.shown) return;
    clearTimeout(this.hideTimer);
    this.hideTimer = window.setTimeout(() => this.hide(), 250);
  }

  hide(): void {
    if (this.card) this.card.hidden = true;
    this.host?.remove();
    this.shown = null;
    this.overCard = false;
  }
}
