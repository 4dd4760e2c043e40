// Notices when the page changes under us: DOM edits (debounced) and single-page-app route changes.

/** Why: quiet time before a change is acted on, and the longest a stream of edits can postpone it. */
export const DEBOUNCE_MS = 700;
export const MAX_WAIT_MS = 3000;

/** Why: the caller re-reads the page; `navigation` says the URL changed (a route), `mutation` that only the DOM did. */
export type ChangeReason = 'mutation' | 'navigation';

interface NavigationLike {
  addEventListener(type: 'navigatesuccess', listener: () => void, opts: { signal: AbortSignal }): void;
}

/**
 * Why: SPAs swap content without a page load. `article` is the element the page was read from (null until read):
 * edits elsewhere on the page are ignored. A debounced MutationObserver sees the new DOM; the Navigation API
 * (and popstate) sees route changes that pushState makes, which a content script cannot hook directly.
 */
export function watchPage(
  onChange: (reason: ChangeReason) => void,
  signal: AbortSignal,
  article: () => Node | null = () => null,
): void {
  let url = location.href;
  let timer = 0;
  let first = 0;
  let navigated = false;

  const fire = (): void => {
    timer = 0;
    first = 0;
    const reason: ChangeReason = navigated || location.href !== url ? 'navigation' : 'mutation';
    navigated = false;
    url = location.href;
    onChange(reason);
  };
  const poke = (nav = false): void => {
    if (signal.aborted) return;
    navigated ||= nav;
    const now = performance.now();
    if (!first) first = now;
    clearTimeout(timer);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, first + MAX_WAIT_MS - now));
    timer = window.setTimeout(fire, wait);
  };

  const observer = new MutationObserver((records) => {
    // Only changes to text and elements matter; our own nodes live outside <body>. Once the article is known,
    // only changes inside it (or its removal) do: a page's ticker or animated widget edits the DOM every frame.
    const root = article();
    const inside = (n: Node): boolean => !root || !root.isConnected || root.contains(n);
    if (
      records.some(
        (r) =>
          (r.type === 'characterData' || r.addedNodes.length > 0 || r.removedNodes.length > 0) &&
          inside(r.target),
      )
    )
      poke();
  });
  const target = document.body ?? document.documentElement;
  observer.observe(target, { childList: true, subtree: true, characterData: true });

  const nav = (globalThis as { navigation?: NavigationLike }).navigation;
  nav?.addEventListener('navigatesuccess', () => poke(true), { signal });
  addEventListener('popstate', () => poke(true), { signal });

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
}
