// The report's closed word lists, in the order every view shows them. The schema (report.ts) builds its enums from
// these, so a new status is one edit here; this file has no dependencies, so the content script can read it too.

// The kinds that are figures (a measurement, a count, a sum); the rest are wording.
const FIGURES = ['percentage', 'number', 'money', 'multiplier', 'duration', 'range'] as const;

/** Why: readers filter by what kind of assertion a claim is. */
export const CLAIM_KINDS = [
  ...FIGURES,
  'superlative',
  'comparative',
  'weasel',
  'generalization',
  'customer',
] as const;

/** Why: the checks and the worth rules read figures apart from wording. */
export const FIGURE_KINDS: ReadonlySet<(typeof CLAIM_KINDS)[number]> = new Set(FIGURES);

/** Why: the verdict a reader sees first, in the contract's (summary) order. */
export const SUPPORTS = ['linked', 'cited-unlinked', 'unsupported'] as const;

/** Why: what backs a claim, by the shape the source took in the article. */
export const EVIDENCE_KINDS = [
  'link',
  'anchor',
  'author-year',
  'source',
  'footnote',
  'doi',
  'arxiv',
  'according-to',
] as const;

/** Why: the link statuses in the order of the contract's summary (the added ones last, optional in old reports). */
export const LINK_STATUSES = [
  'ok',
  'placeholder',
  'missing',
  'broken',
  'unchecked',
  'unknown',
  'moved-to-home',
  'soft-404',
] as const;

/** Why: link statuses added after schema version 1 shipped; a report without their summary counts stays valid. */
export const LINK_STATUSES_ADDED: readonly string[] = ['moved-to-home', 'soft-404'];

/** Why: the import statuses in the order of the contract's summary. */
export const IMPORT_STATUSES = ['builtin', 'local', 'exists', 'missing', 'unknown'] as const;

/** Why: the package registries an import can be checked against (deps.dev system names, PyPI and Packagist). */
export const REGISTRY_NAMES = ['npm', 'pypi', 'go', 'maven', 'cargo', 'rubygems', 'packagist'] as const;

/** Why: what a lookup of a cited work (DOI, arXiv id, author and year) concluded. */
export const WORK_STATUSES = ['found', 'not-found', 'ambiguous', 'unknown'] as const;

/** Why: the services a cited work is looked up in. */
export const WORK_SERVICES = ['doi', 'crossref', 'arxiv'] as const;

/** Why: whether a linked claim's own source states its number ("does the source say it?"). */
export const SOURCE_STATUSES = ['stated', 'stated-differently', 'not-stated', 'unverifiable'] as const;

/** Why: the shapes of a package that exists but may have been registered for the name a model invented. */
export const PACKAGE_RISKS = ['new', 'single-version', 'deprecated'] as const;

/** Why: severities from the most to the least urgent; every list of findings is ordered by this. */
export const SEVERITIES = ['high', 'medium', 'low'] as const;

/** Why: sorts by urgency without each view writing its own order (high first). */
export function severityRank(severity: string): number {
  const i = (SEVERITIES as readonly string[]).indexOf(severity);
  return i < 0 ? SEVERITIES.length : i;
}

/** Why: how check-worthy a claim is; a claim worth nothing stays in the report but makes no finding. */
export const WORTHS = ['high', 'medium', 'low', 'none'] as const;
export type Worth = (typeof WORTHS)[number];

/** Why: what a table is decides whether its cells need a source (results do; prices, specs and diagrams do not). */
export const TABLE_KINDS = ['data', 'pricing', 'spec', 'diagram', 'comparison', 'output'] as const;
