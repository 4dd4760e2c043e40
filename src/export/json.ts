// JSON export: the report contract itself, pretty-printed with a stable key order so diffs stay small.

import type { Report } from '../core/report';

// The contract's own order (report.ts); one list serves every object because shared names keep their
// relative order everywhere (summary.links: ok..unknown; summary.imports: builtin..unknown).
const KEY_ORDER = [
  'schemaVersion',
  'source',
  'meta',
  'claims',
  'links',
  'imports',
  'findings',
  'summary',
  // objects
  'id',
  'rule',
  'severity',
  'kind',
  'language',
  'module',
  'package',
  'registry',
  'tool',
  'version',
  'checkedAt',
  'online',
  'title',
  'url',
  'file',
  'text',
  'href',
  'sentence',
  'value',
  'max',
  'unit',
  'hedge',
  'vague',
  'context',
  'support',
  'status',
  'reason',
  'evidence',
  'message',
  'ref',
  'line',
  'block',
  'quote',
  'exact',
  'prefix',
  'suffix',
  'start',
  'end',
  // summary records
  'linked',
  'cited-unlinked',
  'unsupported',
  'builtin',
  'local',
  'exists',
  'ok',
  'placeholder',
  'missing',
  'broken',
  'unchecked',
  'unknown',
  'high',
  'medium',
  'low',
];
const RANK = new Map(KEY_ORDER.map((k, i) => [k, i]));

function compareKeys(a: string, b: string): number {
  const ra = RANK.get(a) ?? Infinity;
  const rb = RANK.get(b) ?? Infinity;
  if (ra !== rb) return ra < rb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function ordered(value: unknown, seen: Set<object>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  // A cycle cannot be written as JSON; cut it rather than throw.
  if (seen.has(value)) return null;
  seen.add(value);
  let out: unknown;
  if (Array.isArray(value)) out = value.map((v) => ordered(v, seen));
  else {
    const entries = Object.keys(value)
      .sort(compareKeys)
      .map((k) => [k, ordered((value as Record<string, unknown>)[k], seen)]);
    out = Object.fromEntries(entries);
  }
  seen.delete(value);
  return out;
}

/**
 * Why: the machine-readable export (and `claimlens check --format json`). Keys follow the contract's order;
 * keys the contract does not know (from a newer engine) follow, alphabetically. Ends with a newline.
 */
export function toJson(report: Report): string {
  return `${JSON.stringify(ordered(report, new Set()), null, 2)}\n`;
}
