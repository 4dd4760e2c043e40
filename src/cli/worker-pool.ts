// Files analysed in parallel, up to the machine's cores: a pool of worker threads, each sent the next file when it
// answers the last one (so a long file does not hold up a queue). One thread or no entry file: the same work in
// the main thread, which is what a single file and the in-process tests use.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileJob, JobResult } from './analyse-file';

/** Why: the check runs every file through this; `threads` says which threads did the work (for --verbose). */
export interface Pool {
  run(job: FileJob): Promise<JobResult>;
  close(): Promise<void>;
  /** Workers started (0: the main thread did the work). */
  readonly size: number;
  /** Files analysed per thread id. */
  readonly threads: ReadonlyMap<number, number>;
}

// Starting a worker costs about what analysing 30 files does (each loads the engine); below this many files the
// main thread alone finishes first, unless --jobs asks for threads.
const MIN_FILES_FOR_THREADS = 16;

/** Why: how many threads a run uses: what was asked (--jobs, config), else the cores; at most the files. */
export function poolSize(files: number, asked: number | null, cores = availableParallelism()): number {
  if (asked === null && files < MIN_FILES_FOR_THREADS) return 1;
  return Math.max(1, Math.min(asked ?? cores, files));
}

/**
 * Why: `entry` is the worker's entry file (dist-node/worker.js when installed). From the TypeScript sources (the
 * tests run the CLI with tsx) a worker cannot load .ts by itself, so it registers tsx first.
 */
export function createPool(size: number, entry: URL | null): Pool {
  const threads = new Map<number, number>();
  const count = (r: JobResult) => (threads.set(r.threadId, (threads.get(r.threadId) ?? 0) + 1), r);
  // The analysis modules (compromise alone is ~0.4 s to load) are imported where the analysis runs, so the main
  // thread of a parallel run starts its workers at once.
  if (size <= 1 || !entry)
    return {
      size: 0,
      threads,
      run: async (job) => count(await (await import('./analyse-file')).analyseJob(job)),
      close: async () => undefined,
    };

  type Task = { job: FileJob; done: (r: JobResult) => void };
  const queue: Task[] = [];
  // Each worker holds up to two files: it starts the second while the first one's result travels back, so it
  // never waits on the main thread for work.
  const inFlight = new Map<Worker, Map<number, Task>>();
  const feed = (worker: Worker): void => {
    const held = inFlight.get(worker)!;
    while (held.size < 2 && queue.length) {
      const task = queue.shift()!;
      held.set(task.job.id, task);
      worker.postMessage(task.job);
    }
  };
  const start = (): Worker => {
    const worker = entry.pathname.endsWith('.ts')
      ? new Worker(
          `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); ` +
            `return import(${JSON.stringify(entry.href)}); })`,
          { eval: true },
        )
      : new Worker(fileURLToPath(entry));
    inFlight.set(worker, new Map());
    worker.on('message', (result: JobResult) => {
      const held = inFlight.get(worker)!;
      held.get(result.id)?.done(count(result));
      held.delete(result.id);
      feed(worker);
    });
    // A worker that dies takes its files down with it (as errors), never the run; a new one takes its place.
    worker.on('error', (e) => {
      for (const task of inFlight.get(worker)!.values())
        task.done({ id: task.job.id, threadId: worker.threadId, error: `${task.job.display}: ${e.message}` });
      inFlight.delete(worker);
      const i = workers.indexOf(worker);
      if (i >= 0) feed((workers[i] = start()));
    });
    return worker;
  };
  const workers = Array.from({ length: size }, start);

  return {
    size,
    threads,
    run: (job) =>
      new Promise<JobResult>((done) => {
        queue.push({ job, done });
        // The least busy worker takes it (two at most each; else it waits in the queue).
        const worker = workers.reduce((a, b) => (inFlight.get(b)!.size < inFlight.get(a)!.size ? b : a));
        feed(worker);
      }),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
