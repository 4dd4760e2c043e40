// The warm-up's steps yield at background priority where the browser can, so a message waiting is answered first.
import { afterEach, expect, test, vi } from 'vitest';
import { afterPendingTasks } from './idle-task';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

test('posts an empty task at background priority where the scheduler exists', async () => {
  const postTask = vi.fn((task: () => void, _options: { priority: string }) => Promise.resolve(task()));
  vi.stubGlobal('scheduler', { postTask });
  await afterPendingTasks();
  expect(postTask).toHaveBeenCalledTimes(1);
  expect(postTask.mock.calls[0]![1]).toEqual({ priority: 'background' });
});

test('falls back to a zero timer where it does not', async () => {
  vi.stubGlobal('scheduler', undefined);
  vi.useFakeTimers();
  let done = false;
  void afterPendingTasks().then(() => (done = true));
  await Promise.resolve();
  expect(done).toBe(false);
  await vi.advanceTimersByTimeAsync(0);
  expect(done).toBe(true);
});
