// Runs bench/child.ts in a fresh Node process and reads its one-line result.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Why: what one child measured; wallMs includes starting Node and loading the modules. */
export interface Measured {
  ms: number;
  wallMs: number;
  reportBytes: number;
  peakMB: number;
  code: number;
  stderr: string;
}

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));

/** Why: each size and each case gets its own process, so one's memory never counts for another. */
export function measure(args: string[], env: Record<string, string> = {}): Promise<Measured> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', CHILD, ...args],
      { env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024, timeout: 300_000 },
      (err, stdout, stderr) => {
        const line = stdout.trim().split('\n').pop() ?? '';
        try {
          resolve({ ...(JSON.parse(line) as Omit<Measured, 'wallMs'>), wallMs: performance.now() - started });
        } catch {
          reject(
            new Error(`bench child ${args.join(' ')} failed: ${err?.message ?? ''} ${stderr.slice(-500)}`),
          );
        }
      },
    );
  });
}
