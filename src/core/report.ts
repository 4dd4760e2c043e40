// The Report: the JSON contract every view and export reads. Schema: schema/report.schema.json (version 1).

/** Why: readers filter by what kind of assertion a claim is. */
export type ClaimKind =
  | 'percentage'
  | 'number'
  | 'money'
  | 'multiplier'
  | 'duration'
  | 'range'
  | 'superlative'
  | 'comparative'
  | 'weasel';

/** Why: the verdict a reader sees first. */
export type Support = 'linked' | 'cited-unlinked' | 'unsupported';

/** Why: says what backs a claim, so a reader can follow it (or see that they cannot). */
export interface Evidence {
  kind: 'link' | 'anchor' | 'author-year' | 'source' | 'footnote' | 'doi' | 'arxiv' | 'according-to';
  text: string;
  href?: string;
}

/** Why: W3C-style text-quote selector; re-anchors a claim on a changed page. start/end index its block's text. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** Why: one checkable assertion. */
export interface Claim {
  id: string;
  kind: ClaimKind;
  /** The claim span as a reader sees it ("40%", "up to 3x faster", "a leader in healthcare AI"). */
  text: string;
  /** Its sentence, list item or table row. */
  sentence: string;
  value?: number;
  unit?: string;
  /** Table cells: "row label / column header". */
  context?: string;
  /** "up to", "over", "nearly", ... when the number is a bound or a hedge. */
  hedge?: string;
  /** Ranges: the low and high ends (value is the low end). */
  max?: number;
  /** True for vague magnitudes ("millions of users"); they are low severity. */
  vague?: boolean;
  support: Support;
  evidence: Evidence[];
  /** Index of the block in the article. */
  block: number;
  quote: TextQuote;
}

/** Why: links are where evidence should be; placeholders and gaps are findings of their own. */
export type LinkStatus = 'ok' | 'placeholder' | 'missing' | 'broken' | 'unchecked' | 'unknown';

/** Why: every link and every link-shaped gap in the article. */
export interface LinkRef {
  id: string;
  text: string;
  /** null for a missing link (text that promises a destination and has none). */
  href: string | null;
  status: LinkStatus;
  reason?: string;
  /** The sentence the link or gap sits in. */
  context?: string;
  block: number;
  quote: TextQuote;
}

/** Why: made-up packages in "production code" are a signature of machine-written posts. */
export type ImportStatus = 'builtin' | 'local' | 'exists' | 'missing' | 'unknown';

/** Why: deps.dev system names; `null` when the language has no registry we can ask. */
export type Registry = 'npm' | 'pypi' | 'go' | 'maven' | 'cargo' | 'rubygems';

/** Why: one imported module of one code block, and whether its package exists. */
export interface ImportRef {
  id: string;
  language: string;
  /** The module as written ("sklearn.metrics", "lodash/fp", "github.com/x/y/z"). */
  module: string;
  /** The package a registry knows it by ("scikit-learn", "lodash"); null for builtin/local. */
  package: string | null;
  registry: Registry | null;
  status: ImportStatus;
  /** Why the status (e.g. "PyPI has no such project", "registry timed out"). */
  reason?: string;
  /** 1-based line within the code block. */
  line: number;
  block: number;
}

/** Why: a finding is what a check reports; `ref` is the id of a claim, link or import. */
export type Severity = 'high' | 'medium' | 'low';

export interface Finding {
  id: string;
  rule: string;
  severity: Severity;
  message: string;
  ref: string;
}

/** Why: at-a-glance counts for the popup, the badge and exports. */
export interface Summary {
  claims: number;
  support: Record<Support, number>;
  links: Record<LinkStatus, number>;
  imports: Record<ImportStatus, number>;
  findings: Record<Severity, number>;
}

/** Why: exports say when, by what, and how (online checks on or off) a report was made. */
export interface ReportMeta {
  tool: 'claimlens';
  version: string;
  checkedAt: string;
  /** True when registries/links were checked online. */
  online: boolean;
}

/** Why: the contract. schemaVersion changes only with a breaking change. */
export interface Report {
  schemaVersion: 1;
  source: { title: string; url: string | null; file: string | null };
  meta: ReportMeta;
  claims: Claim[];
  links: LinkRef[];
  imports: ImportRef[];
  findings: Finding[];
  summary: Summary;
}
