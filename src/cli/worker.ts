// The worker-thread side of the pool: takes one FileJob at a time and answers with its JobResult. The same
// entry file as the CLI starts it (bin.ts checks isMainThread), so the built package needs no second file.
import { parentPort, threadId } from 'node:worker_threads';
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
