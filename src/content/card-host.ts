// The hover card's home: a closed shadow root (the page's styles cannot reach it, its scripts cannot read it) on an
// empty host at the end of <html>, in the page only while a card shows. It holds the card's frame (placed by
// tooltip.ts), the card's content (a fresh dialog element per card, so a screen reader meets each card as new) and
// a live region that reads out a card opened by keyboard focus on the page. Page text goes in as textContent only.
import type { Placement } from './placement';

const CSS = `
:host { all: initial; }
.card {
  position: fixed; z-index: 2147483647; box-sizing: border-box; max-width: min(380px, calc(100vw - 16px));
  /* The host is a zero-sized containing block (contain, will-change): without a width of its own the card would
     shrink to its longest word. */
  width: max-content;
  padding: 10px 12px 10px; border-radius: 8px; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1b1f24; background: #ffffff; border: 1px solid #d0d7de; box-shadow: 0 8px 24px rgb(0 0 0 / 0.18);
  pointer-events: auto; text-align: left; white-space: normal; overflow-wrap: anywhere;
  overflow: auto; overscroll-behavior: contain;
}
.card[hidden] { display: none; }
.card:focus-within { outline: 3px solid #0b57d0; outline-offset: 1px; }
.content:focus { outline: none; }
a:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; border-radius: 2px; }
.head { display: flex; align-items: center; gap: 6px; font-weight: 600; margin-bottom: 4px; }
.dot { width: 10px; height: 10px; border-radius: 50%; flex: none; }
.kind { margin-left: auto; font-weight: 400; font-size: 12px; color: #57606a; }
.claim { font-weight: 600; margin: 2px 0 4px; }
.sentence { color: #424a53; margin: 0 0 6px; font-size: 12px; }
.reason { margin: 4px 0; }
.label { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #57606a; margin-top: 6px; }
ul { margin: 2px 0 0; padding-left: 16px; }
li { margin: 1px 0; }
.href { display: block; color: #0b57d0; font-size: 12px; }
a.work { color: #0b57d0; font-size: 12px; }
.online { margin: 3px 0 0; font-size: 12px; }
.foot { margin-top: 6px; font-size: 11px; color: #6e7781; }
.live { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .card { color: #e6edf3; background: #1c2128; border-color: #444c56; box-shadow: 0 8px 24px rgb(0 0 0 / 0.5); }
  .card:focus-within, a:focus-visible { outline-color: #7cb4ff; }
  .kind, .label, .foot { color: #9da7b3; }
  .sentence { color: #c9d1d9; }
  .href, a.work { color: #7cb4ff; }
}
`;

/** Why: what the card reports to its controller (pointer in and out, keys pressed inside it). */
export interface CardEvents {
  enter(): void;
  leave(): void;
  key(e: KeyboardEvent): void;
}

/** Why: one card at a time; built once, put in the page on render and taken out on detach. */
export class CardHost {
  /** The element the page sees (empty, zero-sized); events from inside the card reach the page retargeted to it. */
  readonly host: HTMLDivElement;
  private readonly root: ShadowRoot;
  private readonly frame: HTMLDivElement;
  private readonly live: HTMLDivElement;
  private content: HTMLDivElement | null = null;
  private announceTimer = 0;

  constructor(signal: AbortSignal, on: CardEvents) {
    this.host = document.createElement('div');
    this.host.style.cssText =
      'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important; will-change: transform !important; contain: size layout style !important;';
    this.root = this.host.attachShadow({ mode: 'closed' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    this.root.adoptedStyleSheets = [sheet];
    this.frame = document.createElement('div');
    this.frame.className = 'card';
    this.frame.hidden = true;
    this.frame.addEventListener('pointerenter', () => on.enter(), { signal });
    this.frame.addEventListener('pointerleave', () => on.leave(), { signal });
    this.frame.addEventListener('keydown', (e) => on.key(e), { signal });
    this.live = document.createElement('div');
    this.live.className = 'live';
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    this.root.append(this.frame, this.live);
    signal.addEventListener('abort', () => this.detach(), { once: true });
  }

  /** Shows these nodes as a new card (a dialog named by its verdict and claim), its host put in the page. */
  render(nodes: Node[]): void {
    const content = document.createElement('div');
    content.className = 'content';
    content.setAttribute('role', 'dialog');
    content.tabIndex = -1;
    content.append(...nodes);
    const names = [content.querySelector('.verdict'), content.querySelector('.claim')].filter(
      (e) => e !== null,
    );
    names.forEach((e, i) => (e.id = `card-name-${i}`));
    content.setAttribute('aria-labelledby', names.map((e) => e.id).join(' '));
    clearTimeout(this.announceTimer);
    this.live.textContent = '';
    this.frame.replaceChildren(content);
    this.frame.hidden = false;
    this.content = content;
    if (!this.host.isConnected) document.documentElement.append(this.host);
  }

  /** The card's natural size, measured at the viewport's corner (shrink-to-fit width depends on where it is). */
  naturalSize(): { width: number; height: number } {
    const s = this.frame.style;
    s.left = '0px';
    s.top = '0px';
    s.maxHeight = '';
    return { width: this.frame.offsetWidth, height: this.frame.offsetHeight };
  }

  /** Puts the card where placement.ts said. */
  moveTo(p: Placement): void {
    const s = this.frame.style;
    s.left = `${Math.round(p.left)}px`;
    s.top = `${Math.round(p.top)}px`;
    s.maxHeight = p.maxHeight === null ? '' : `${Math.floor(p.maxHeight)}px`;
  }

  /** Moves keyboard focus to the card (a screen reader reads its name: the verdict and the claim). */
  focus(): void {
    this.content?.focus({ preventScroll: true });
  }

  /** Whether keyboard focus is inside the card. */
  hasFocus(): boolean {
    return this.root.activeElement !== null;
  }

  /** Tab and Shift+Tab go round the card and its links, so focus stays with the card until Escape. */
  cycleFocus(by: 1 | -1): void {
    if (!this.content) return;
    const stops: HTMLElement[] = [
      this.content,
      ...Array.from(this.content.querySelectorAll('a[href]'), (a) => a as HTMLElement),
    ];
    const at = stops.indexOf(this.root.activeElement as HTMLElement);
    stops[(at + by + stops.length) % stops.length]?.focus({ preventScroll: true });
  }

  /** Reads the card's verdict and claim through the live region (focus stays on the page's element). */
  announce(): void {
    const text = ['.verdict', '.claim']
      .map((s) => this.content?.querySelector(s)?.textContent ?? '')
      .filter(Boolean)
      .join(' ');
    clearTimeout(this.announceTimer);
    // A moment after the region is in the page, so screen readers see a change rather than a new region.
    this.announceTimer = window.setTimeout(() => (this.live.textContent = text), 60);
  }

  /** Hides the card but keeps its host in the page: the next card follows at once (no page-wide restyle). */
  blank(): void {
    clearTimeout(this.announceTimer);
    this.frame.hidden = true;
    this.live.textContent = '';
  }

  /** Takes the card and its host out of the page. */
  detach(): void {
    clearTimeout(this.announceTimer);
    this.frame.hidden = true;
    this.frame.replaceChildren();
    this.live.textContent = '';
    this.content = null;
    this.host.remove();
  }
}
