import type { Claim } from '../core/report';
import type { Check, FindingDraft } from './types';
import { QUIET } from '../core/worth/quiet';

// A worked example's figures ("Say we have one file that takes 1,000ms with 100ms of latency") contradict nothing.
const EXAMPLE = QUIET.find((s) => s.id === 'example')!.reason;

// Metrics whose value should be one number per article; the words a sentence or row label uses for them.
// `clash` says when two values of it cannot both hold: latencies 10x apart; uptimes whose downtime differs 3x
// (99.7% vs 99.99% is 30x the downtime); accuracies 2 points apart.
const METRICS: [key: string, words: RegExp, unit: 'ms' | '%', clash: (a: number, b: number) => boolean][] = [
  ['latency', /\b(latency|latencies|response times?|round[- ]trip)\b/i, 'ms', (a, b) => ratio(a, b) >= 10],
  ['uptime', /\b(uptime|availability)\b/i, '%', (a, b) => ratio(100 - a, 100 - b) >= 3],
  ['accuracy', /\baccuracy\b/i, '%', (a, b) => Math.abs(a - b) >= 2],
];
// A sentence that reports a change ("from 200ms to 20ms") or sets two things side by side ("Upstash has the lowest
// latency (~50ms) where FaunaDB has the highest (~900ms)") legitimately holds two values.
// ("Average latency: 3,171ms → 14ms (231x faster)": an arrow between them is a change too.)
const CHANGE =
  /\b(from|reduc\w*|drop\w*|cut|improv\w*|decreas\w*|increas\w*|vs\.?|versus|compared|before|after|down|baseline|whereas|than|lowest|highest|fastest|slowest|faster|slower)\b|→|⟶|->|=>/i;
// The condition a value was measured under: "warm-query latency stayed under 100ms" and "the first query took about
// 30 seconds while the system warmed up" are two metrics, not one metric twice. Read near the value only.
// So is the operation: "read latencies hovered around 0.13ms" and a write latency "typically around 1.5ms".
const CONDITION =
  /\b(?:cold|warm(?:ed|ing)?|first|startup|start-up|initial|p\d{2,3}|tail|median|mean|average|avg|worst|best|peak|idle|steady[- ]state|(?:read|write)(?:s\b|\s+(?:latenc\w*|times?|ops|iops|operations|requests|path|case|workloads?))|random|sequential)\b/gi;
// How long a test ran, not a latency: "during the 60 second test", "over a fixed period of 60 seconds", "a 10-minute
// load test", in a sentence that also names response times.
// ... and the stretch of time a rate is read over: "in any span of 100 seconds you look at, you're likely to find a
// latency spike at least that large", "within each window of 5 minutes".
const TEST_LENGTH_BEFORE =
  /\b(?:during|throughout|(?:(?:over|for|across)\s+(?:a|the)|(?:in|within|over)\s+(?:any|each|every))\s+(?:fixed\s+|total\s+|given\s+)?(?:period|duration|window|span|interval|stretch)\s+of|(?:ran|run|runs|running|lasted|lasts)\s+for)\s+(?:(?:a|an|the|each|every)\s+)?$/i;
const TEST_LENGTH_AFTER =
  /^[\s-]*(?:long\s+)?(?:(?:load|stress|soak|performance|benchmark)\s+)?(?:tests?|test\s+runs?|runs?|benchmarks?|windows?|periods?|warm-?ups?)\b/i;
// A value set as a need, not measured: "streaming works well for sub-5 minute latency requirements", "a 100 ms
// budget". It can only clash with another need.
const NEED = /\b(?:requirements?|required|targets?|budgets?|goals?|SLAs?|SLOs?)\b/i;
const MEASURED_ON = /^\s*(?:percent\b)?\s*(?:on|for|with|in)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}.-]*)/u;
const TO_MS: Record<string, number> = {
  ns: 1e-6,
  µs: 1e-3,
  us: 1e-3,
  ms: 1,
  s: 1000,
  sec: 1000,
  min: 60_000,
};

/** Why: "<50ms" in a table and "sub-millisecond latency" in the prose cannot both be true. */
export const contradictoryMetric: Check = {
  id: 'contradictory-metric',
  description:
    'The same metric is given values in one article that cannot both hold (e.g. <50 ms and sub-ms).',
  run(report) {
    const out: FindingDraft[] = [];
    for (const [key, words, unit, clash] of METRICS) {
      // Read only when two values clash (most articles give a metric once, or never).
      let together: Set<string> | null = null;
      const seen: { claim: Claim; value: number; condition: string }[] = [];
      for (const claim of report.claims) {
        const value = metricValue(claim, words, unit);
        if (value === null) continue;
        const condition = conditionOf(claim);
        // A table lays values side by side on purpose (before and after, per region, per product), and two tables
        // are two setups (with and without a forced collection): only a table against the prose can clash. So does
        // one sentence (a run of table-like text, "300|3%| 3000|0.9%|"): two statements clash, not one.
        const other = seen.find(
          (s) =>
            clash(s.value, value) &&
            s.condition === condition &&
            !(together ??= setSideBySide(report.claims, words, unit)).has(`${s.value}|${value}`) &&
            (claim.table === undefined || s.claim.table === undefined) &&
            !(s.claim.block === claim.block && s.claim.sentence === claim.sentence),
        );
        if (other) {
          out.push({
            severity: 'medium',
            message: `The article gives ${key} as "${other.claim.text}" and as "${claim.text}"; both cannot hold.`,
            ref: claim.id,
          });
        } else seen.push({ claim, value, condition });
      }
    }
    return out;
  },
};

// Values one sentence sets side by side ("the one-big-file pattern incurred 201ms of latency, whereas the many-files
// approach accumulated 4,362ms"): each is another case, wherever else the article gives it (two figures' captions).
function setSideBySide(claims: readonly Claim[], words: RegExp, unit: 'ms' | '%'): Set<string> {
  const bySentence = new Map<string, number[]>();
  for (const c of claims) {
    const value = c.context ? null : oneValue(c, unit);
    if (value === null || !CHANGE.test(c.sentence) || !words.test(c.sentence)) continue;
    const key = `${c.block}\u0000${c.sentence}`;
    const values = bySentence.get(key) ?? [];
    // (A run of table-like text holds hundreds: the first few are the side by side a reader reads.)
    if (values.length < 8) bySentence.set(key, [...values, value]);
  }
  const pairs = new Set<string>();
  for (const values of bySentence.values())
    for (const a of values) for (const b of values) if (a !== b) pairs.add(`${a}|${b}`);
  return pairs;
}

function metricValue(claim: Claim, words: RegExp, unit: 'ms' | '%'): number | null {
  const where = claim.context ?? claim.sentence;
  if (claim.worthReasons[0] === EXAMPLE) return null;
  if (!words.test(where) || (!claim.context && CHANGE.test(claim.sentence))) return null;
  if (!claim.context && !namedNear(claim, words)) return null;
  if (notOneValue(claim)) return null;
  return oneValue(claim, unit);
}

// The claim's value in the metric's unit, or null when it is not of that kind.
function oneValue(claim: Claim, unit: 'ms' | '%'): number | null {
  if (unit === '%') return claim.kind === 'percentage' && claim.value !== undefined ? claim.value : null;
  if (claim.kind !== 'duration' || testLength(claim)) return null;
  if (/sub-?\s?milli/i.test(claim.text)) return 1;
  const factor = claim.unit ? TO_MS[claim.unit] : undefined;
  return claim.value !== undefined && factor !== undefined ? claim.value * factor : null;
}

// Not one value of the metric: one end of a range ("results between 5 minutes and a few hours old"), a term of a sum,
// or words in quotation marks (someone's phrase, a label: the "my results are 5 minutes old" side).
function notOneValue(claim: Claim): boolean {
  const at = claim.sentence.indexOf(claim.text);
  if (at < 0) return false;
  if (/\bbetween\s+(?:[^,;.]{1,30}?\s+and\s+)?$/i.test(claim.sentence.slice(Math.max(0, at - 50), at)))
    return true;
  // A term of arithmetic: "limited to about 50 TPS (1,000 ms / 20 ms = 50)" divides a second, it measures nothing.
  const next = claim.sentence.slice(at + claim.text.length, at + claim.text.length + 12);
  if (
    /^\s*[/÷*×=]\s*\d/.test(next) ||
    /\d[\d,.]*\s*(?:[a-zµμ]{1,3}\s*)?[/÷*×]\s*$/i.test(claim.sentence.slice(Math.max(0, at - 14), at))
  )
    return true;
  const quotes = claim.sentence.slice(0, at).match(/["“”]/g)?.length ?? 0;
  return quotes % 2 === 1 && /["”]/.test(claim.sentence.slice(at + claim.text.length));
}

// The metric's word near the value in the prose: "the average latency of insertions ..., and a little histogram where
// each character is a 10ms bucket" names a latency two clauses before a bucket's width.
function namedNear(claim: Claim, words: RegExp): boolean {
  const at = claim.sentence.indexOf(claim.text);
  if (at < 0) return true;
  // Within its clause: "201ms of cumulative latency; 109ms of cumulative download" names no latency for the 109ms.
  const before = claim.sentence.slice(Math.max(0, at - NEAR_BEFORE), at);
  const after = claim.sentence.slice(at + claim.text.length, at + claim.text.length + NEAR_AFTER);
  return words.test(before.slice(before.lastIndexOf(';') + 1) + claim.text + after.split(';')[0]);
}
const NEAR_BEFORE = 100;
const NEAR_AFTER = 50;

function testLength(claim: Claim): boolean {
  const at = claim.sentence.indexOf(claim.text);
  if (at < 0) return false;
  return (
    TEST_LENGTH_BEFORE.test(claim.sentence.slice(Math.max(0, at - 60), at)) ||
    TEST_LENGTH_AFTER.test(claim.sentence.slice(at + claim.text.length, at + claim.text.length + 40))
  );
}

// The condition words of the clause around the value, sorted: "" when it names none.
function conditionOf(claim: Claim): string {
  const where = claim.context ?? claim.sentence;
  const at = where.indexOf(claim.text);
  const near = at < 0 ? where : where.slice(Math.max(0, at - 60), at + claim.text.length + 40);
  const clause = near.split(/[.;!?]\s/).find((part) => part.includes(claim.text)) ?? near;
  const words = new Set(
    (clause.match(CONDITION) ?? []).map((w) =>
      w
        .toLowerCase()
        .replace(/(?:ed|ing)$/, '')
        .replace(/^(read|write)s?\b.*$/, '$1'),
    ),
  );
  // What it was measured on: "accuracy > 75 percent on CIFAR10" and "10 percent on ImageNet" are two metrics.
  const on =
    at < 0 ? null : MEASURED_ON.exec(where.slice(at + claim.text.length, at + claim.text.length + 40));
  if (on) words.add(`on ${on[1]!.toLowerCase()}`);
  if (NEED.test(clause)) words.add('need');
  return [...words].sort().join(' ');
}

function ratio(a: number, b: number): number {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return lo > 0 ? hi / lo : hi > 0 ? Infinity : 1;
}
