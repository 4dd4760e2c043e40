// De-duplication of identical work in flight, with per-caller cancellation.
import { onAbort } from './on-abort';

/** Why: one article can import `requests` ten times; ten callers should share one lookup, and one of them giving
 *  up must not cancel it for the others. The work is aborted only when every caller waiting on it has aborted. */
export interface SharedWork<T> {
  run(key: string, work: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T>;
}

interface Entry<T> {
  promise: Promise<T>;
  controller: AbortController;
  waiters: number;
}

/** Why: `cancelled` is what an aborted caller receives; `failed` turns a thrown error into a value. */
export function createSharedWork<T>(cancelled: T, failed: (err: unknown) => T): SharedWork<T> {
  const inflight = new Map<string, Entry<T>>();
  return {
    run(key, work, signal) {
      if (signal?.aborted) return Promise.resolve(cancelled);
      let entry = inflight.get(key);
      if (!entry) {
        const controller = new AbortController();
        const created: Entry<T> = {
          controller,
          waiters: 0,
          promise: Promise.resolve()
            .then(() => work(controller.signal))
            .catch(failed)
            .finally(() => {
              if (inflight.get(key) === created) inflight.delete(key);
            }),
        };
        inflight.set(key, created);
        entry = created;
      }
      const shared = entry;
      shared.waiters++;
      // A caller without a signal never gives up, so the work is never abandoned while it waits.
      if (!signal) return shared.promise;
      return new Promise<T>((done) => {
        const aborted = (): void => {
          shared.waiters--;
          if (shared.waiters === 0) {
            // Later callers of the same key start afresh rather than join abandoned work.
            if (inflight.get(key) === shared) inflight.delete(key);
            shared.controller.abort();
          }
          done(cancelled);
        };
        const stop = onAbort(signal, aborted);
        void shared.promise.then((r) => {
          stop();
          done(r);
        });
      });
    },
  };
}
