// The report's fields that online verification fills in (src/verify/verifiers/): a cited work's lookup, what a linked
// claim's source says, a package's risk. Kept apart from report.ts, which composes them, so the contract's core
// shapes and the verification results can change independently; all are optional, so a report without them (an
// offline one, or one from before they existed) stays valid.
import * as v from 'valibot';
import { PACKAGE_RISKS, SOURCE_STATUSES, WORK_SERVICES, WORK_STATUSES } from './vocabulary';

const year = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9999));
const text = (description: string) => v.pipe(v.string(), v.description(description));

/** Why: a candidate work, as the reader is offered it: "probably this work" with its title, year and link. */
export const WorkCandidateSchema = v.strictObject({
  title: v.string(),
  year: v.optional(year),
  authors: v.optional(text('The first authors, "Koomey, Berard, Sanchez".')),
  doi: v.optional(v.string()),
  url: v.optional(v.string()),
});
export type WorkCandidate = v.InferOutput<typeof WorkCandidateSchema>;

/** Why: the lookup of one cited work. `found` for an author-year citation is a candidate, never proof. */
export const WorkLookupSchema = v.strictObject({
  status: v.picklist(WORK_STATUSES),
  service: v.picklist(WORK_SERVICES),
  query: text('What was looked up: the DOI, the arXiv id, or the surname and year.'),
  reason: text('Why the status, in words ("Crossref lists no work by Koomey in 2016").'),
  work: v.optional(WorkCandidateSchema),
  candidates: v.optional(v.array(WorkCandidateSchema)),
});
export type WorkLookup = v.InferOutput<typeof WorkLookupSchema>;

/** Why: does the linked source state the claim's number? Only the linked URL was requested. */
export const SourceCheckSchema = v.strictObject({
  status: v.picklist(SOURCE_STATUSES),
  url: text('The linked page that was read.'),
  snippet: v.optional(
    text("The source's own words around the number it states (stated, stated-differently)."),
  ),
  found: v.optional(text('The number as the source writes it ("4 percent").')),
  reason: v.string(),
});
export type SourceCheck = v.InferOutput<typeof SourceCheckSchema>;

/** Why: a package that exists can still be a trap: registered last week, one version, or deprecated. */
export const PackageRiskSchema = v.strictObject({
  flags: v.array(v.picklist(PACKAGE_RISKS)),
  firstPublished: v.optional(text('ISO date of the first published version.')),
  versions: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  reason: v.string(),
});
export type PackageRisk = v.InferOutput<typeof PackageRiskSchema>;
