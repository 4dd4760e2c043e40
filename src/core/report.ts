// The Report: the JSON contract every view and export reads, defined once. The TypeScript types are inferred from
// these schemas, schema/report.schema.json is generated from them (`npm run schema`; a test fails when it is stale),
// and export/json.ts writes keys in the order they are declared here.
//
// Valibot rather than TypeBox: the schema ships in the worker and the popup, and Valibot's runtime for it is about
// 5 KB minified where TypeBox's builder and checker are about 150 KB; the JSON Schema generator
// (@valibot/to-json-schema) is a dev dependency and never ships.
import * as v from 'valibot';
import {
  CLAIM_KINDS,
  EVIDENCE_KINDS,
  IMPORT_STATUSES,
  LINK_STATUSES,
  LINK_STATUSES_ADDED,
  REGISTRY_NAMES,
  SEVERITIES,
  SUPPORTS,
  TABLE_KINDS,
  WORTHS,
} from './vocabulary';
import { PackageRiskSchema, SourceCheckSchema, WorkLookupSchema } from './report-verify';

/** Why: the contract's version; it changes only with a breaking change. */
export const SCHEMA_VERSION = 1;

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const index = v.pipe(v.number(), v.integer(), v.minValue(0));
const text = (description: string) => v.pipe(v.string(), v.description(description));
// One count per word of a closed list (every key present, zero or not; words added later may be absent).
const counts = <K extends readonly string[]>(keys: K, added: readonly string[] = []) =>
  v.strictObject(
    Object.fromEntries(keys.map((k) => [k, added.includes(k) ? v.optional(count) : count])) as {
      [P in K[number]]: typeof count;
    },
  );

/** Why: readers filter by what kind of assertion a claim is. */
export const ClaimKindSchema = v.picklist(CLAIM_KINDS);
export type ClaimKind = v.InferOutput<typeof ClaimKindSchema>;

/** Why: the verdict a reader sees first. */
export const SupportSchema = v.picklist(SUPPORTS);
export type Support = v.InferOutput<typeof SupportSchema>;

/** Why: says what backs a claim, so a reader can follow it (or see that they cannot). */
export const EvidenceSchema = v.strictObject({
  kind: v.picklist(EVIDENCE_KINDS),
  text: v.string(),
  href: v.optional(v.string()),
  work: v.optional(WorkLookupSchema),
});
export type Evidence = v.InferOutput<typeof EvidenceSchema>;

/** Why: W3C-style text-quote selector; re-anchors a claim on a changed page. start/end index its block's text. */
export const TextQuoteSchema = v.strictObject({
  exact: v.pipe(v.string(), v.minLength(1)),
  prefix: v.string(),
  suffix: v.string(),
  start: index,
  end: index,
});
export type TextQuote = v.InferOutput<typeof TextQuoteSchema>;

/** Why: check-worthiness; severity comes from worth and support together. */
export const WorthSchema = v.picklist(WORTHS);

/** Why: one checkable assertion. */
export const ClaimSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^c[0-9]+$/)),
  kind: ClaimKindSchema,
  text: v.pipe(v.string(), v.minLength(1), v.description('The claim span as a reader sees it.')),
  sentence: text('Its sentence, list item or table row.'),
  value: v.optional(v.number()),
  max: v.optional(v.pipe(v.number(), v.description('Ranges: the high end (value is the low end).'))),
  unit: v.optional(v.string()),
  hedge: v.optional(text('"up to", "over", "nearly", ... when the number is a bound or a hedge.')),
  vague: v.optional(v.pipe(v.boolean(), v.description('A vague magnitude ("millions of users").'))),
  context: v.optional(text('Table cells: row label / column header.')),
  table: v.optional(
    v.pipe(
      v.number(),
      v.integer(),
      v.minValue(1),
      v.description('Table cells: which table (1-based, in order).'),
    ),
  ),
  worth: v.pipe(WorthSchema, v.description('How much a reader needs a source for this claim.')),
  worthReasons: v.pipe(
    v.array(v.string()),
    v.description('Why the claim has that worth, most important first ("a performance result").'),
  ),
  support: SupportSchema,
  evidence: v.array(EvidenceSchema),
  block: v.pipe(index, v.description('Index of the block in the article.')),
  quote: TextQuoteSchema,
  source: v.optional(SourceCheckSchema),
});
export type Claim = v.InferOutput<typeof ClaimSchema>;

/** Why: links are where evidence should be; placeholders and gaps are findings of their own. */
export const LinkStatusSchema = v.picklist(LINK_STATUSES);
export type LinkStatus = v.InferOutput<typeof LinkStatusSchema>;

/** Why: every link and every link-shaped gap in the article. */
export const LinkRefSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^l[0-9]+$/)),
  text: v.string(),
  href: v.nullable(text('null for a missing link (text that promises a destination and has none).')),
  context: v.optional(text('The sentence the link or gap sits in.')),
  status: LinkStatusSchema,
  reason: v.optional(v.string()),
  finalUrl: v.optional(text('Where the link ended after redirects, when it was redirected.')),
  block: index,
  quote: TextQuoteSchema,
});
export type LinkRef = v.InferOutput<typeof LinkRefSchema>;

/** Why: made-up packages in "production code" are a signature of machine-written posts. */
export const ImportStatusSchema = v.picklist(IMPORT_STATUSES);
export type ImportStatus = v.InferOutput<typeof ImportStatusSchema>;

/** Why: the registry a package is looked up in; `null` when the language has no registry we can ask. */
export const RegistrySchema = v.picklist(REGISTRY_NAMES);
export type Registry = v.InferOutput<typeof RegistrySchema>;

/** Why: one imported module of one code block, and whether its package exists. */
export const ImportRefSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^i[0-9]+$/)),
  language: v.string(),
  module: v.pipe(v.string(), v.minLength(1), v.description('The module as written ("sklearn.metrics").')),
  package: v.nullable(text('The package a registry knows it by ("scikit-learn"); null for builtin/local.')),
  registry: v.nullable(RegistrySchema),
  status: ImportStatusSchema,
  reason: v.optional(text('Why the status ("PyPI has no such project", "registry timed out").')),
  line: v.pipe(v.number(), v.integer(), v.minValue(1), v.description('1-based line within the code block.')),
  block: index,
  risk: v.optional(PackageRiskSchema),
  suggestions: v.optional(
    v.pipe(v.array(v.string()), v.description('For a missing package: existing packages it may have meant.')),
  ),
});
export type ImportRef = v.InferOutput<typeof ImportRefSchema>;

/** Why: a reader judges a table as one unit: what it is and what it is called. */
export const TableRefSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^t[0-9]+$/)),
  title: text('Its caption, the sentence that introduces it, or the heading above it.'),
  kind: v.pipe(
    v.picklist(TABLE_KINDS),
    v.description(
      'data (results), pricing, spec, diagram, comparison (a feature matrix) or output (of code shown).',
    ),
  ),
  rows: v.pipe(v.number(), v.integer(), v.minValue(1)),
});
export type TableRef = v.InferOutput<typeof TableRefSchema>;

/** Why: how urgent a finding is; views order by it. */
export const SeveritySchema = v.picklist(SEVERITIES);
export type Severity = v.InferOutput<typeof SeveritySchema>;

/** Why: a finding is what a check reports; `ref` is the id of a claim, link or import. */
export const FindingSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^f[0-9]+$/)),
  rule: v.pipe(v.string(), v.regex(/^[a-z]+(-[a-z]+)*$/)),
  severity: SeveritySchema,
  message: v.pipe(v.string(), v.minLength(1)),
  ref: v.pipe(
    v.string(),
    v.regex(/^[cli][0-9]+$/),
    v.description('The id of the claim, link or import the finding is about.'),
  ),
  refs: v.optional(
    v.pipe(
      v.array(v.pipe(v.string(), v.regex(/^[cl][0-9]+$/))),
      v.description(
        'Every claim or link the finding covers, when it is about several (the cells of one table, a figure or placeholder said again).',
      ),
    ),
  ),
});
export type Finding = v.InferOutput<typeof FindingSchema>;

/** Why: at-a-glance counts for the popup, the badge and exports. */
export const SummarySchema = v.strictObject({
  claims: count,
  links: counts(LINK_STATUSES, LINK_STATUSES_ADDED),
  imports: counts(IMPORT_STATUSES),
  findings: counts(SEVERITIES),
  support: counts(SUPPORTS),
});
export type Summary = v.InferOutput<typeof SummarySchema>;

/** Why: exports say when, by what, and how (online checks on or off) a report was made. */
export const ReportMetaSchema = v.strictObject({
  tool: v.literal('claimlens'),
  version: v.string(),
  checkedAt: v.pipe(v.string(), v.isoTimestamp()),
  online: v.pipe(v.boolean(), v.description('True when registries or links were checked online.')),
  limits: v.optional(
    v.pipe(
      v.strictObject({
        claims: v.optional(count),
        claimsPerBlock: v.optional(count),
        evidencePerClaim: v.optional(count),
        links: v.optional(count),
        imports: v.optional(count),
      }),
      v.description('The caps this report reached (absent when none was): the report left something out.'),
    ),
  ),
  notes: v.optional(
    v.pipe(
      v.array(v.string()),
      v.description(
        'What the report left out or could not do, one sentence each ("Stopped after 25,000 claims").',
      ),
    ),
  ),
});
export type ReportMeta = v.InferOutput<typeof ReportMetaSchema>;

/** Why: the contract. */
export const ReportSchema = v.strictObject({
  schemaVersion: v.literal(SCHEMA_VERSION),
  source: v.strictObject({ title: v.string(), url: v.nullable(v.string()), file: v.nullable(v.string()) }),
  meta: ReportMetaSchema,
  claims: v.array(ClaimSchema),
  tables: v.array(TableRefSchema),
  links: v.array(LinkRefSchema),
  imports: v.array(ImportRefSchema),
  findings: v.array(FindingSchema),
  summary: SummarySchema,
});
export type Report = v.InferOutput<typeof ReportSchema>;

/** Why: the generated schema file's identity and its one paragraph for readers. */
export const REPORT_SCHEMA_ABOUT = {
  $id: `https://claimlens.dev/schema/report-${SCHEMA_VERSION}.json`,
  title: `ClaimLens report, version ${SCHEMA_VERSION}`,
  description:
    'What ClaimLens found in one article: its claims and their evidence, its links, its code imports, and the ' +
    'findings of its checks. Fields may be added in a version; none are removed or change meaning without a new ' +
    'schemaVersion.',
};

/** Why: a report from outside the engine (a file, storage) gets one clear error naming the first problem. */
export class ReportError extends Error {
  override name = 'ReportError';
}

/** Why: the front door for reports the engine did not just make; everything after it trusts the report. */
export function parseReport(value: unknown): Report {
  const result = v.safeParse(ReportSchema, value);
  if (result.success) return result.output;
  const first = result.issues[0];
  throw new ReportError(`not a ClaimLens report: ${v.getDotPath(first) ?? 'report'}: ${first.message}`);
}
