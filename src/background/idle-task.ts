// The worker's own background work (the engine's warm-up) must never hold up a message: a page's answer that arrives
// while the warm-up runs would otherwise wait behind its steps, since a timer queued before the answer runs first.

interface PrioritisedScheduler {
  postTask?: (task: () => void, options: { priority: 'background' }) => Promise<void>;
}

/**
 * Why: ends one step of background work; the next starts only when no message or other task waits (the
 * Prioritized Task Scheduling API's 'background' priority), or after a zero timer where the browser lacks it.
 */
export function afterPendingTasks(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: PrioritisedScheduler }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => undefined, { priority: 'background' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}
