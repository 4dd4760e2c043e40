// A concurrency limiter: at most `max` tasks run at once, the rest wait in order.

/** Why: registries and link targets are shared services; a long article must not open 200 sockets at once. */
export type Limiter = <T>(task: () => Promise<T>, signal?: AbortSignal) => Promise<T>;

/** Why: a task that was still queued when its signal aborted never starts; it rejects with the abort reason. */
export function createLimiter(max: number): Limiter {
  const limit = Number.isFinite(max) && max >= 1 ? Math.floor(max) : 1;
  let running = 0;
  const queue: Array<() => void> = [];

  const release = (): void => {
    running--;
    const next = queue.shift();
    if (next) next();
  };

  return <T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const start = (): void => {
        signal?.removeEventListener('abort', onAbort);
        running++;
        let p: Promise<T>;
        try {
          p = task();
        } catch (err) {
          p = Promise.reject(err);
        }
        p.then(resolve, reject).finally(release);
      };
      const onAbort = (): void => {
        const i = queue.indexOf(start);
        if (i >= 0) queue.splice(i, 1);
        reject(signal?.reason);
      };
      if (running < limit) return start();
      queue.push(start);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
}
