// The end-to-end suite: the built extension (dist-e2e, made by `vite build --mode e2e`) in Debian's chromium.
import { defineConfig } from 'vitest/config';

const reportDir = process.env.CLAIMLENS_TEST_REPORT_DIR;

export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/e2e/**/*.test.ts'],
    // One browser at a time: the machine has two cores and the long-task test measures the main thread.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    reporters: reportDir ? ['default', 'json'] : ['default'],
    outputFile: reportDir ? { json: `${reportDir}/e2e.json` } : undefined,
  },
});
