// The worker-thread side of the pool, and its entry file (dist-node/worker.js beside dist-node/cli.js): takes
// FileJobs and answers each with its JobResult. It loads the analysis only, none of the main thread's modules.
import { isMainThread, parentPort, threadId } from 'node:worker_threads';
import { analyseJob, type FileJob, type JobResult } from './analyse-file';

/** Why: a crash in one file must come back as that file's error, never leave the pool waiting forever. */
export function serveJobs(): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (job: FileJob) => {
    analyseJob(job).then(
      (result) => port.postMessage(result),
      (e: unknown) =>
        port.postMessage({
          id: job.id,
          threadId,
          error: `${job.display}: internal error: ${(e as Error)?.stack ?? String(e)}`,
        } satisfies JobResult),
    );
  });
}

if (!isMainThread) serveJobs();
