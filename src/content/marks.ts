// Performance marks of ClaimLens's phases (read, anchor, paint) and the names of its highlights, for the end-to-end
// tests only. A page can read every performance mark and would learn that ClaimLens runs and when; the production
// build compiles these to nothing (__CLAIMLENS_E2E__ is false there and the calls are dropped).

declare const __CLAIMLENS_E2E__: boolean | undefined;

const E2E = typeof __CLAIMLENS_E2E__ !== 'undefined' && __CLAIMLENS_E2E__;

/** Why: the long-task test tells which phase a long task fell in by these marks (test build only). */
export function mark(name: string): void {
  if (E2E) performance.mark(`claimlens:${name}`);
}

/** Why: the hover test tells a long task that ran ClaimLens's pointer or card work by these (test build only). */
export function measure(name: string, start: number): void {
  if (E2E) performance.measure(`claimlens:${name}`, { start, end: performance.now() });
}

/** Why: highlight names are random per page load; the test build says which is which, so tests can read them. */
export function publishNames(names: Record<string, string>): void {
  if (E2E) performance.mark(`claimlens:names:${JSON.stringify(names)}`);
}
