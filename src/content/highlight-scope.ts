// The whole-page form of our highlight rules, for marks in editable content only (highlight-hosts.ts says why those
// elements cannot carry our attribute). A rule every element matches costs one long style recalculation of the page
// (41-67 ms traced on a 1 MB page), so it is written only once such a mark is shown. Browsers with highlight
// inheritance (css-pseudo-4: a highlight's styles default to its parent's) style every text node from one rule on
// :root, about a third faster than the universal form "::highlight(x)", which older ones (Chrome before ~123) need,
// as they style a highlight from its own element only. A probe in a closed shadow tree of its own tells them apart
// without restyling the page.

let scope: '' | ':root' | null = null;

/** Why: the selector our ::highlight() rules start with: ':root' where highlight styles inherit, else ''. */
export function highlightScope(): '' | ':root' {
  if (scope !== null) return scope;
  scope = '';
  try {
    const name = `probe${Math.random().toString(36).slice(2)}`;
    const host = document.createElement('div');
    host.style.cssText = 'position:absolute;width:0;height:0;overflow:hidden;visibility:hidden';
    const root = host.attachShadow({ mode: 'closed' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`.outer::highlight(${name}) { color: rgb(1, 2, 3); }`);
    root.adoptedStyleSheets = [sheet];
    const outer = document.createElement('div');
    outer.className = 'outer';
    const inner = document.createElement('span');
    inner.textContent = 'x';
    outer.append(inner);
    root.append(outer);
    document.documentElement.append(host);
    try {
      if (getComputedStyle(inner, `::highlight(${name})`).color === 'rgb(1, 2, 3)') scope = ':root';
    } finally {
      host.remove();
    }
  } catch {
    // No shadow roots, constructed sheets or highlight pseudos here: the universal form.
  }
  return scope;
}
