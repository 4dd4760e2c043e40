// The attribute our highlight rules select goes on exactly the elements whose text a shown mark covers, stays while
// any mark needs it, comes back when a page strips it, never goes into editable content, and leaves no trace.
import { expect, test } from 'vitest';
import { parseHtml } from '../adapters/linkedom';
import { HighlightHosts, coveredTexts } from './highlight-hosts';

const HTML =
  '<html><body><article><p id="a">Costs fell <b>40%</b> and <a href="#">rose</a> again.</p>' +
  '<p id="b">Second <i>para</i>graph.</p><div contenteditable="true"><p id="e">Draft: 90% faster.</p></div>' +
  '</article></body></html>';

function page() {
  const doc = parseHtml(HTML);
  const byId = (id: string) => doc.getElementById(id) as unknown as Element;
  const range = (sc: Node, so: number, ec: Node, eo: number): AbstractRange =>
    ({
      startContainer: sc,
      startOffset: so,
      endContainer: ec,
      endOffset: eo,
      collapsed: sc === ec && so === eo,
    }) as AbstractRange;
  return { doc, byId, range };
}

test('a range inside one text node covers that node only', () => {
  const { byId, range } = page();
  const t = byId('a').firstChild as Node;
  expect(coveredTexts(range(t, 0, t, 5)).map((n) => n.data)).toEqual(['Costs fell ']);
  expect(coveredTexts(range(t, 2, t, 2))).toEqual([]);
});

test('a range across elements covers every text node from start to end, in order, and none past the end', () => {
  const { byId, range } = page();
  const a = byId('a');
  const first = a.firstChild as Node;
  const link = a.querySelector('a')!.firstChild as Node;
  expect(coveredTexts(range(first, 6, link, 2)).map((n) => n.data)).toEqual([
    'Costs fell ',
    '40%',
    ' and ',
    'rose',
  ]);
  // Element boundaries: the <p>'s children 1 to 3 (the <b>, " and " and the <a>).
  expect(coveredTexts(range(a, 1, a, 3)).map((n) => n.data)).toEqual(['40%', ' and ']);
  // Into the next paragraph.
  const b = byId('b');
  expect(
    coveredTexts(range(link, 0, b.querySelector('i')!.firstChild as Node, 2)).map((n) => n.data),
  ).toEqual(['rose', ' again.', 'Second ', 'para']);
  expect(coveredTexts(range(a, 0, b, b.childNodes.length), 2)).toHaveLength(2);
});

test('hold marks the parents of the covered text, drop unmarks them once no holder needs them', () => {
  const { byId, range } = page();
  const hosts = new HighlightHosts();
  expect(hosts.attr).toMatch(/^data-h[0-9a-z]{15}$/);
  const a = byId('a');
  const bold = a.querySelector('b')!;
  const both = hosts.hold(range(a.firstChild as Node, 0, bold.firstChild as Node, 3))!;
  expect(both).toEqual([a, bold]);
  const justBold = hosts.hold(range(bold.firstChild as Node, 0, bold.firstChild as Node, 2))!;
  expect(justBold).toEqual([bold]);
  expect(a.hasAttribute(hosts.attr) && bold.hasAttribute(hosts.attr)).toBe(true);
  expect(a.querySelector('a')!.hasAttribute(hosts.attr)).toBe(false);
  hosts.drop(both);
  expect(a.hasAttribute(hosts.attr)).toBe(false);
  expect(bold.hasAttribute(hosts.attr)).toBe(true);
  hosts.drop(justBold);
  expect(bold.hasAttribute(hosts.attr)).toBe(false);
});

test('nothing is written into editable content: hold says so with null', () => {
  const { byId, range } = page();
  const hosts = new HighlightHosts();
  const e = byId('e');
  // linkedom reads contenteditable on the element itself; browsers inherit it, as isContentEditable does there.
  e.setAttribute('contenteditable', 'true');
  expect(hosts.hold(range(e.firstChild as Node, 0, e.firstChild as Node, 5))).toBeNull();
  expect(e.hasAttribute(hosts.attr)).toBe(false);
});

test('repair puts back what a page stripped; clear leaves no trace', () => {
  const { doc, byId, range } = page();
  const hosts = new HighlightHosts();
  const a = byId('a');
  const b = byId('b');
  hosts.hold(range(a.firstChild as Node, 0, a.firstChild as Node, 4));
  hosts.hold(range(b.firstChild as Node, 0, b.firstChild as Node, 4));
  expect(hosts.repair()).toBe(false);
  a.removeAttribute(hosts.attr);
  expect(hosts.repair()).toBe(true);
  expect(a.hasAttribute(hosts.attr)).toBe(true);
  hosts.clear();
  expect(doc.querySelectorAll(`[${hosts.attr}]`).length).toBe(0);
  expect(hosts.repair()).toBe(false);
});
