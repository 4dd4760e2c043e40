// Report size and peak memory per input size, 10 kB to 20 MB, each size in a fresh process: both must grow linearly
// (or less: the caps flatten the report). The slope between two sizes is log(growth of the measure) / log(growth of
// the input): 1 is linear, 2 quadratic. Memory is counted above a process that only loaded the modules.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateMarkdown } from './corpus';
import { measure } from './measure';

/** Why: the input sizes the issue names (10 kB to 20 MB), four times apart. */
export const SIZES = [10_000, 40_000, 160_000, 640_000, 2_560_000, 10_240_000, 20_000_000];

/** Why: one printed row. */
export interface ScalingRow {
  bytes: number;
  ms: number;
  reportBytes: number;
  peakMB: number;
  aboveBaseMB: number;
}

const mb = (n: number) => (n / 1e6).toFixed(n < 1e6 ? 2 : 1);
const slope = (a: number, b: number, x1: number, x2: number) => Math.log(b / a) / Math.log(x2 / x1);

/** Why: runs every size, prints the table, returns the targets (linear report and memory). */
export async function runScaling(): Promise<[string, boolean][]> {
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-bench-'));
  const rows: ScalingRow[] = [];
  try {
    const base = (await measure(['baseline'])).peakMB;
    for (const bytes of SIZES) {
      const file = join(dir, `article-${bytes}.md`);
      writeFileSync(file, generateMarkdown(bytes));
      const m = await measure(['analyze', file]);
      rows.push({
        bytes,
        ms: m.ms,
        reportBytes: m.reportBytes,
        peakMB: m.peakMB,
        aboveBaseMB: m.peakMB - base,
      });
    }
    console.log(
      `\nScaling: the engine on generated Markdown articles, one process per size (baseline ${base.toFixed(0)} MB)\n`,
    );
    console.log(
      'input       time        report      report/input   peak memory   above baseline   MB per input MB',
    );
    for (const r of rows) {
      console.log(
        `${`${mb(r.bytes)} MB`.padEnd(10)} ${`${(r.ms / 1000).toFixed(2)} s`.padStart(8)} ${`${mb(r.reportBytes)} MB`.padStart(11)} ${(r.reportBytes / r.bytes).toFixed(2).padStart(10)}x ${`${r.peakMB.toFixed(0)} MB`.padStart(12)} ${`${r.aboveBaseMB.toFixed(0)} MB`.padStart(14)} ${(r.aboveBaseMB / (r.bytes / 1e6)).toFixed(0).padStart(16)}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // Slopes from 640 kB (below it the baseline and fixed costs dominate) to 20 MB.
  const from = rows.find((r) => r.bytes === 640_000)!;
  const to = rows.at(-1)!;
  const reportSlope = slope(from.reportBytes, to.reportBytes, from.bytes, to.bytes);
  const memorySlope = slope(from.aboveBaseMB, to.aboveBaseMB, from.bytes, to.bytes);
  const timeSlope = slope(from.ms, to.ms, from.bytes, to.bytes);
  console.log(
    `\nSlopes 640 kB -> 20 MB (1 = linear): report ${reportSlope.toFixed(2)}, memory ${memorySlope.toFixed(2)}, time ${timeSlope.toFixed(2)}`,
  );
  return [
    [
      `report size grows at most linearly, 10 kB to 20 MB (slope ${reportSlope.toFixed(2)} ≤ 1.1)`,
      reportSlope <= 1.1,
    ],
    [
      `peak memory grows linearly, 10 kB to 20 MB (slope ${memorySlope.toFixed(2)} ≤ 1.15)`,
      memorySlope <= 1.15,
    ],
    [`time grows linearly, 10 kB to 20 MB (slope ${timeSlope.toFixed(2)} ≤ 1.2)`, timeSlope <= 1.2],
  ];
}
