// JSON export: the report contract itself, pretty-printed with the contract's key order so diffs stay small.

import { type Report, ReportSchema } from '../core/report';
import { escapeJsonInvisibles } from './escape';

// The parts of a schema that say where keys go: an object's entries, an array's item, an optional's inner schema.
interface Shape {
  entries?: Record<string, Shape>;
  item?: Shape;
  wrapped?: Shape;
}

function objectShape(schema: Shape | undefined): Shape | undefined {
  let s = schema;
  while (s?.wrapped) s = s.wrapped;
  return s;
}

function ordered(value: unknown, schema: Shape | undefined, seen: Set<object>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  // A cycle cannot be written as JSON; cut it rather than throw.
  if (seen.has(value)) return null;
  seen.add(value);
  const shape = objectShape(schema);
  let out: unknown;
  if (Array.isArray(value)) out = value.map((v) => ordered(v, shape?.item, seen));
  else {
    const known = Object.keys(shape?.entries ?? {});
    const keys = Object.keys(value);
    const rest = keys.filter((k) => !known.includes(k)).sort();
    out = Object.fromEntries(
      [...known.filter((k) => k in value), ...rest].map((k) => [
        k,
        ordered((value as Record<string, unknown>)[k], shape?.entries?.[k], seen),
      ]),
    );
  }
  seen.delete(value);
  return out;
}

/**
 * Why: the machine-readable export (and `claimlens check --format json`). Keys follow the contract's order
 * (src/core/report.ts); keys the contract does not know (from a newer engine) follow, alphabetically.
 */
export function toJson(report: Report): string {
  return `${escapeJsonInvisibles(JSON.stringify(ordered(report, ReportSchema as Shape, new Set()), null, 2))}\n`;
}
