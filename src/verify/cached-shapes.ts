// What verifiers read back from a cache (a JSON file, browser storage: anything may be there) is checked for shape
// before it is trusted. The report's own schemas are core values the verify layer does not import; these guards
// check the same fields against the shared vocabulary.
import type { PackageRisk, WorkCandidate, WorkLookup } from '../core/report-verify';
import { PACKAGE_RISKS, WORK_SERVICES, WORK_STATUSES } from '../core/vocabulary';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const optional = (x: unknown, type: 'string' | 'number'): boolean => x === undefined || typeof x === type;
const oneOf = (list: readonly string[], x: unknown): boolean => typeof x === 'string' && list.includes(x);

function isCandidate(x: unknown): x is WorkCandidate {
  return (
    isObject(x) &&
    typeof x.title === 'string' &&
    optional(x.year, 'number') &&
    optional(x.authors, 'string') &&
    optional(x.doi, 'string') &&
    optional(x.url, 'string')
  );
}

/** Why: a cached cited-work lookup, as the report will carry it. */
export function isWorkLookup(x: unknown): x is WorkLookup {
  return (
    isObject(x) &&
    oneOf(WORK_STATUSES, x.status) &&
    oneOf(WORK_SERVICES, x.service) &&
    typeof x.query === 'string' &&
    typeof x.reason === 'string' &&
    (x.work === undefined || isCandidate(x.work)) &&
    (x.candidates === undefined || (Array.isArray(x.candidates) && x.candidates.every(isCandidate)))
  );
}

/** Why: a cached package assessment, as the report will carry it. */
export function isPackageRisk(x: unknown): x is PackageRisk {
  return (
    isObject(x) &&
    Array.isArray(x.flags) &&
    x.flags.every((f) => oneOf(PACKAGE_RISKS, f)) &&
    optional(x.firstPublished, 'string') &&
    optional(x.versions, 'number') &&
    typeof x.reason === 'string'
  );
}
