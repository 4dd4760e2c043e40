// Constants the extension build (vite.config.ts `define`) replaces at build time.

/** True only in the end-to-end test build (dist-e2e), which exposes handlers the tests cannot trigger otherwise. */
declare const __CLAIMLENS_E2E__: boolean;
