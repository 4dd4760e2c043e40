// Sums the vitest JSON reports of one `npm test` run into the plain line CI reads: "N passed, N failed".
// A stage that failed before any test ran (lint, typecheck, build) counts as one failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, status = '0'] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
if (dir && existsSync(dir)) {
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const r = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    passed += r.numPassedTests ?? 0;
    failed +=
      (r.numFailedTests ?? 0) +
      (r.numRuntimeErrorTestSuites ?? 0) +
      (r.numFailedTestSuites && !r.numFailedTests ? r.numFailedTestSuites : 0);
    skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  }
}
if (Number(status) !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
