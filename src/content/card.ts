// The tooltip card's content for one item: its verdict, its text, why it was flagged, its evidence and what the online
// checks found (a cited work to open, the linked source's own words, a package's risk). DOM nodes built with
// textContent only (page text may contain markup); tooltip.ts shows them in its closed shadow root.
import {
  IMPORT_LABEL,
  KIND_LABEL,
  LINK_LABEL,
  claimVerdict,
  labelOf,
  packageLines,
  sourceLine,
  workLine,
} from '../export/labels';
import type { Detail } from '../shared/render-plan';
import { t } from '../shared/i18n';
import type { HighlightStatus, Settings } from '../shared/settings';
import { rgbOf } from './paint';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  cls?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Why: the verdict a reader sees first, for any kind of item. */
export function verdictOf(d: Detail): string {
  if (d.type === 'claim') return claimVerdict(d.claim);
  if (d.type === 'link') return labelOf(LINK_LABEL, d.link.status);
  return labelOf(IMPORT_LABEL, d.imp.status);
}

/** Why: builds the card's content as DOM nodes with textContent only (page text may contain markup). */
export function cardContent(d: Detail, status: HighlightStatus, colors: Settings['colors']): Node[] {
  const nodes: Node[] = [];
  const head = el('div', 'head');
  const dot = el('span', 'dot');
  dot.style.background = `rgb(${rgbOf(colors[status])})`;
  head.append(dot, el('span', 'verdict', verdictOf(d)));
  const kind =
    d.type === 'claim'
      ? labelOf(KIND_LABEL, d.claim.kind)
      : d.type === 'link'
        ? t('kindLink')
        : t('kindImport', d.imp.language);
  head.append(el('span', 'kind', kind));
  nodes.push(head);

  if (d.type === 'claim') {
    nodes.push(el('div', 'claim', `“${d.claim.text}”`));
    if (d.claim.context) nodes.push(el('div', 'sentence', d.claim.context));
    else if (d.claim.sentence && d.claim.sentence !== d.claim.text)
      nodes.push(el('div', 'sentence', clip(d.claim.sentence, 240)));
  } else if (d.type === 'link') {
    nodes.push(el('div', 'claim', `“${d.link.text}”`));
    if (d.link.href) nodes.push(el('div', 'href', clip(d.link.href, 120)));
    if (d.link.reason) nodes.push(el('div', 'reason', d.link.reason));
    if (d.link.finalUrl) nodes.push(el('div', 'href', t('nowAt', clip(d.link.finalUrl, 120))));
  } else {
    nodes.push(el('div', 'claim', d.imp.module));
    if (d.imp.package && d.imp.package !== d.imp.module)
      nodes.push(el('div', 'sentence', t('cardPackage', d.imp.package)));
    if (d.imp.reason) nodes.push(el('div', 'reason', d.imp.reason));
    for (const line of packageLines(d.imp)) nodes.push(el('div', 'online', line));
  }

  if (d.findings.length > 0) {
    nodes.push(el('div', 'label', t('cardWhy')));
    const ul = el('ul');
    for (const f of d.findings.slice(0, 4)) ul.append(el('li', '', f));
    nodes.push(ul);
    if (d.type === 'claim' && d.claim.worthReasons[0])
      nodes.push(el('div', 'reason', t('whyItMatters', d.claim.worthReasons[0])));
  }
  if (d.type === 'claim') {
    nodes.push(el('div', 'label', t('evidence')));
    if (d.claim.evidence.length === 0) nodes.push(el('div', 'reason', t('cardNoEvidence')));
    else {
      const ul = el('ul');
      for (const ev of d.claim.evidence.slice(0, 5)) {
        const li = el('li', '', ev.text);
        if (ev.href) li.append(sourceLink(ev.href));
        const looked = workLine(ev);
        if (looked) li.append(el('div', 'online', looked));
        const found = ev.work?.status === 'found' ? workLink(ev.work.work?.url, ev.work.work?.title) : null;
        if (found) li.append(found);
        ul.append(li);
      }
      nodes.push(ul);
    }
    const said = sourceLine(d.claim);
    if (said) nodes.push(el('div', 'label', t('cardLinkedSource')), el('div', 'online', said));
  }
  nodes.push(el('div', 'foot', t('extName')));
  return nodes;
}

// A found work, as a link the reader can open; only web addresses, set as a property (never as markup).
function workLink(href: string | undefined, title: string | undefined): HTMLAnchorElement | null {
  if (!href || !/^https?:\/\//i.test(href)) return null;
  const a = el('a', 'work', t('cardOpenWork', clip(title || href, 80)));
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

// Evidence's address: a link the reader can open (and reach by Tab) when it is a web address, else text.
function sourceLink(href: string): HTMLElement {
  if (!/^https?:\/\//i.test(href)) return el('div', 'href', clip(href, 120));
  const a = el('a', 'href', clip(href, 120));
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
