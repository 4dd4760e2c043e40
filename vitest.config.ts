import { defineConfig } from 'vitest/config';

// CI asks for a JSON report too (CLAIMLENS_TEST_REPORT_DIR) so .ci/run can print "N passed, N failed".
const reportDir = process.env.CLAIMLENS_TEST_REPORT_DIR;

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 20_000,
    // The browser's i18n API in English: UI modules read their words through it.
    setupFiles: ['tests/helpers/i18n-setup.ts'],
    reporters: reportDir ? ['default', 'json'] : ['default'],
    outputFile: reportDir ? { json: `${reportDir}/unit.json` } : undefined,
  },
});
