// QUIET, figures that name a thing: a percentile ("99.9% latency") or a workload's mix ("75% reads and 25% writes")
// is what was measured or set up, not a result anyone could source.
import type { ClaimContext } from './context';
import { last, type Signal } from './signal';

// "99.9% Latency is, as expected, a little higher", "the 95% response time": a percentile's name.
const PERCENTILE_AFTER = /^\s*(?:tail\s+)?(?:latenc(?:y|ies)|response\s+times?|percentiles?|quantiles?)\b/i;
// "reduced latency by 99%" or "99% of latency": the figure measures something; only a bare name is let go.
const MEASURES_BEFORE = /\b(?:by|of|to|from|at|than|under|over|within)\s+$/i;
// "a mixed read/write FIO workload with 75% reads and 25% writes", "a 90% GET / 10% PUT mix".
const OPERATION_AFTER =
  /^\s*(?:random\s+)?(?:reads?|writes?|gets?|puts?|inserts?|updates?|deletes?|lookups?|queries|scans?)\b/i;
const MIX = /\b(?:workloads?|mix(?:ed|es)?|ratio|split|rwmix\w*|read\/write|r\/w)\b/i;

const percentileName = (c: ClaimContext): boolean =>
  c.kind === 'percentage' &&
  c.value !== undefined &&
  c.value >= 50 &&
  c.value < 100 &&
  PERCENTILE_AFTER.test(c.after) &&
  !MEASURES_BEFORE.test(last(c.before, 12));

const workloadMix = (c: ClaimContext): boolean =>
  c.kind === 'percentage' && OPERATION_AFTER.test(c.after) && MIX.test(c.sentence);

/** Why: a figure that names what was measured or set up states no result. */
export const QUIET_NAMES: readonly Signal[] = [
  {
    id: 'percentile-name',
    reason: "a percentile's name (99.9% latency), not a result",
    worth: 'none',
    test: percentileName,
  },
  {
    id: 'workload-mix',
    reason: 'the mix of operations a workload was set up with, not a result',
    worth: 'none',
    test: workloadMix,
  },
];
