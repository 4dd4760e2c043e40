// A concurrency limiter: at most `max` tasks run at once, the rest wait in order.
import { onAbort } from './on-abort';

/** Why: registries and link targets are shared services; a long article must not open 200 sockets at once. */
export type Limiter = <T>(task: () => Promise<T>, signal?: AbortSignal) => Promise<T>;

interface Waiting {
  start(): void;
  cancelled: boolean;
}

/**
 * Why: a task that was still queued when its signal aborted never starts; it rejects with the abort reason. Queueing
 * and cancelling are O(1), so 5,000 lookups cancelled at a deadline cost no more than 5,000 steps.
 */
export function createLimiter(max: number): Limiter {
  const limit = Number.isFinite(max) && max >= 1 ? Math.floor(max) : 1;
  let running = 0;
  let queue: Waiting[] = [];
  let head = 0;

  const release = (): void => {
    running--;
    while (head < queue.length) {
      const next = queue[head++]!;
      if (!next.cancelled) return next.start();
    }
    queue = [];
    head = 0;
  };

  return <T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      let stop = (): void => undefined;
      const waiting: Waiting = {
        cancelled: false,
        start: () => {
          stop();
          running++;
          let p: Promise<T>;
          try {
            p = task();
          } catch (err) {
            p = Promise.reject(err);
          }
          p.then(resolve, reject).finally(release);
        },
      };
      if (running < limit) return waiting.start();
      queue.push(waiting);
      if (signal)
        stop = onAbort(signal, () => {
          waiting.cancelled = true;
          reject(signal.reason);
        });
    });
}
