// Which page elements our ::highlight() rules apply to. A rule every element matches (":root::highlight(x)" with
// highlight inheritance, or the universal "::highlight(x)") makes adopting our stylesheet restyle the whole page: on
// a 1 MB page 40-100 ms in one frame, more under a heavy stylesheet. Instead the parent of each text node a shown
// highlight covers carries one attribute with a random name, and the rules select that attribute: adopting the sheet
// restyles nothing, and each batch of marks restyles only the elements it covers. The attribute is the only change
// to the page's DOM; it goes when the mark does. Editable content (a CMS editor) is never marked, since an editor
// would save the attribute with the writer's text: marks there are styled by the whole-page rule instead.
import { randomName } from './paint';

/** Why: a mark spanning a whole section touches this many text nodes at most (the rest stay unstyled, not slow). */
export const MAX_TEXTS_PER_RANGE = 400;

const TEXT = 3;

// The node after `n` in document order, not entering `n`'s children when `skipChildren`.
function after(n: Node, skipChildren = false): Node | null {
  if (!skipChildren && n.firstChild) return n.firstChild;
  for (let at: Node | null = n; at; at = at.parentNode) if (at.nextSibling) return at.nextSibling;
  return null;
}

/** Why: the text nodes a range covers, in order, without a live Range (a StaticRange is all a mark holds). */
export function coveredTexts(r: AbstractRange, limit = MAX_TEXTS_PER_RANGE): Text[] {
  const { startContainer: sc, endContainer: ec, startOffset, endOffset } = r;
  if (sc === ec && sc.nodeType === TEXT) return r.collapsed ? [] : [sc as Text];
  const first =
    sc.nodeType === TEXT || !sc.hasChildNodes() ? sc : (sc.childNodes[startOffset] ?? after(sc, true));
  // The first node past the end: the child at endOffset, or whatever follows the end container.
  const stop = ec.nodeType === TEXT ? after(ec, true) : (ec.childNodes[endOffset] ?? after(ec, true));
  const out: Text[] = [];
  for (let n = first; n && n !== stop && out.length < limit; n = after(n)) {
    if (n.nodeType === TEXT && (n as Text).data.length > 0) out.push(n as Text);
  }
  return out;
}

/** Why: holds the attribute on the elements under shown highlights, counted per holder, and puts back what a page removes. */
export class HighlightHosts {
  /** The attribute our rules select: `data-` and a random name, so a page cannot style or find it by a known name. */
  readonly attr = `data-${randomName()}`;
  private readonly counts = new Map<Element, number>();

  /**
   * Marks the elements whose text `r` covers and returns them (give them back to `drop`), or null when the range
   * lies in editable content, where nothing is written and the caller styles it another way.
   */
  hold(r: AbstractRange): Element[] | null {
    const els = new Set<Element>();
    for (const t of coveredTexts(r)) {
      const el = t.parentElement;
      if (!el) continue;
      if ((el as HTMLElement).isContentEditable) return null;
      els.add(el);
    }
    for (const el of els) {
      const n = this.counts.get(el) ?? 0;
      this.counts.set(el, n + 1);
      if (n === 0) el.setAttribute(this.attr, '');
    }
    return [...els];
  }

  /** Why: a mark that is no longer shown takes its attribute off the elements no other mark needs. */
  drop(els: readonly Element[]): void {
    for (const el of els) {
      const n = (this.counts.get(el) ?? 0) - 1;
      if (n > 0) {
        this.counts.set(el, n);
        continue;
      }
      this.counts.delete(el);
      el.removeAttribute(this.attr);
    }
  }

  /** Why: a page that re-renders or strips attributes loses our styling; this puts it back. True if anything was missing. */
  repair(): boolean {
    let repaired = false;
    for (const el of this.counts.keys()) {
      if (el.hasAttribute(this.attr)) continue;
      el.setAttribute(this.attr, '');
      repaired = true;
    }
    return repaired;
  }

  /** Why: turning highlights off leaves no trace in the page. */
  clear(): void {
    for (const el of this.counts.keys()) el.removeAttribute(this.attr);
    this.counts.clear();
  }
}
