// Performance marks of the background's phases (read, analysis, preview, render, publish), for the end-to-end
// timing tests only: the production build compiles them to nothing (__CLAIMLENS_E2E__ is false there).

const E2E = typeof __CLAIMLENS_E2E__ !== 'undefined' && __CLAIMLENS_E2E__;

/** Why: the speed test reads these (with the worker's timeOrigin) to say where the time of a check went. */
export function mark(name: string): void {
  if (E2E) performance.mark(`claimlens:${name}`);
}
