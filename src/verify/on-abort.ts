// One abort listener per signal, however many waiters: thousands of lookups and links wait on the one budget signal,
// and EventTarget.addEventListener looks through a signal's listeners on every add (quadratic: 5,000 imports spent
// half a second just registering).

const waiters = new WeakMap<AbortSignal, Set<() => void>>();

/** Why: calls `fn` once when `signal` aborts; returns the function that stops waiting (O(1) both ways). */
export function onAbort(signal: AbortSignal, fn: () => void): () => void {
  let set = waiters.get(signal);
  if (!set) {
    const fresh = new Set<() => void>();
    waiters.set(signal, fresh);
    signal.addEventListener(
      'abort',
      () => {
        const all = [...fresh];
        fresh.clear();
        for (const f of all) f();
      },
      { once: true },
    );
    set = fresh;
  }
  const own = set;
  own.add(fn);
  return () => void own.delete(fn);
}
