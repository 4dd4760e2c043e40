// Words and colours every export shares, so a verdict reads the same in Markdown, HTML, CSV and annotations.

import { REGISTRIES } from '../core/code/registries';
import type {
  Claim,
  ClaimKind,
  Evidence,
  ImportRef,
  ImportStatus,
  LinkStatus,
  Registry,
  Severity,
  Support,
} from '../core/report';
import type { SourceCheck, WorkCandidate, WorkLookup } from '../core/report-verify';
import { SUPPORTS } from '../core/vocabulary';

/** Why: the order a reader meets verdicts in: the worst first. */
export const SUPPORTS_WORST_FIRST: readonly Support[] = [...SUPPORTS].reverse();

/** Why: a verdict label a person reads; never the colour alone. */
export const SUPPORT_LABEL: Record<Support, string> = {
  linked: 'Linked',
  'cited-unlinked': 'Cited, not linked',
  unsupported: 'Unsupported',
};

/** Why: one sentence that says what the verdict means, for annotation bodies and the HTML legend. */
export const SUPPORT_MEANING: Record<Support, string> = {
  linked: 'A link in or next to the sentence backs this claim.',
  'cited-unlinked': 'A source is named but cannot be followed: there is no link to it.',
  unsupported: 'No link or citation backs this claim.',
};

/** Why: a link status as a reader says it ("Missing link", not "missing"). */
export const LINK_LABEL: Record<LinkStatus, string> = {
  ok: 'OK',
  placeholder: 'Placeholder',
  missing: 'Missing link',
  broken: 'Broken',
  unchecked: 'Not checked',
  unknown: 'Unknown',
  'moved-to-home': 'Moved to home page',
  'soft-404': 'Page not found',
};

/** Why: an import status in words a reader of code knows ("Standard library", not "builtin"). */
export const IMPORT_LABEL: Record<ImportStatus, string> = {
  builtin: 'Standard library',
  local: 'Local module',
  exists: 'Exists',
  missing: 'Package not found',
  unknown: 'Not verified',
};

/** Why: registries by the names their users know; src/core/code/registries.ts names each once. */
export const REGISTRY_LABEL = Object.fromEntries(
  Object.entries(REGISTRIES).map(([registry, info]) => [registry, info.label]),
) as Readonly<Record<Registry, string>>;

/** Why: severity headings and badges read as words, capitalised once here. */
export const SEVERITY_LABEL: Record<Severity, string> = { high: 'High', medium: 'Medium', low: 'Low' };

/** Why: what kind of claim it is, in words; "weasel" alone would puzzle a reader. */
export const KIND_LABEL: Record<ClaimKind, string> = {
  percentage: 'Percentage',
  number: 'Number',
  money: 'Money',
  multiplier: 'Multiplier',
  duration: 'Duration',
  range: 'Range',
  superlative: 'Superlative',
  comparative: 'Comparative',
  weasel: 'Weasel attribution',
  generalization: 'Sweeping claim',
  customer: 'Unnamed customer',
};

/**
 * Why: the highlight palette (Okabe-Ito, colour-blind safe), shared with the page highlights so a claim
 * has the same colour in the export as on the page. Every colour is paired with a text label.
 */
export const PALETTE = {
  unsupported: '#E69F00',
  'cited-unlinked': '#56B4E9',
  linked: '#009E73',
  linkProblem: '#CC79A7',
} as const;

/** Why: labels must survive unknown values from a broken or newer report instead of printing "undefined". */
export function labelOf<K extends string>(table: Record<K, string>, value: unknown): string {
  if (typeof value === 'string' && Object.prototype.hasOwnProperty.call(table, value))
    return table[value as K];
  return typeof value === 'string' && value !== '' ? value : 'unknown';
}

/** Why: a link whose status is not ok, unchecked or unknown is a problem the reader should see. */
export function isLinkProblem(status: unknown): boolean {
  return (
    status === 'placeholder' ||
    status === 'missing' ||
    status === 'broken' ||
    status === 'moved-to-home' ||
    status === 'soft-404'
  );
}

/** Why: a cited work's lookup as a reader says it. */
export const WORK_LABEL: Record<WorkLookup['status'], string> = {
  found: 'Work found',
  'not-found': 'Cited work not found',
  ambiguous: 'Several possible works',
  unknown: 'Could not be looked up',
};

/** Why: "does the source say it?" as a reader says it. */
export const SOURCE_LABEL: Record<SourceCheck['status'], string> = {
  stated: 'Source states it',
  'stated-differently': 'Source states another number',
  'not-stated': 'Source does not state it',
  unverifiable: 'Source could not be read',
};

/** Why: the verdict "cited, work found (no link in the article)" the issue asks for, when a lookup found the work. */
export const CITED_FOUND_LABEL = 'Cited, work found (no link in the article)';

/** Why: the first work a lookup found for a claim's citations, to link from the popup, the tooltip and exports. */
export function foundWork(
  claim: Claim,
): { evidence: Evidence; work: WorkCandidate; lookup: WorkLookup } | null {
  for (const evidence of claim.evidence) {
    const lookup = evidence.work;
    if (lookup?.status === 'found' && lookup.work) return { evidence, work: lookup.work, lookup };
  }
  return null;
}

/** Why: every view's verdict for a claim: its support, except a cited-unlinked claim whose work was found. */
export function claimVerdict(claim: Claim): string {
  if (claim.support === 'cited-unlinked' && foundWork(claim)) return CITED_FOUND_LABEL;
  return labelOf(SUPPORT_LABEL, claim.support);
}

/** Why: a work as one line: “Title” (2016), Authors. */
export function workTitle(w: WorkCandidate): string {
  const title = w.title ? `“${w.title}”` : (w.doi ?? 'a registered work');
  return `${title}${w.year ? ` (${w.year})` : ''}${w.authors ? `, ${w.authors}` : ''}`;
}

/** Why: what a citation's lookup found, in the same words in the popup, tooltip, terminal and every export. */
export function workResult(ev: Evidence): string | null {
  const l = ev.work;
  if (!l) return null;
  if (l.status === 'found' && l.work) {
    // A DOI or arXiv id names one work; an author and a year only suggest one.
    const byId = ev.kind !== 'author-year';
    const url = l.work.url && /^https?:\/\//i.test(l.work.url) ? ` ${l.work.url}` : '';
    const proof = byId ? '' : ' (a candidate from author and year, not proof)';
    return `${byId ? 'Found' : 'Probably this work'}: ${workTitle(l.work)}${url}${proof}`;
  }
  if (l.status === 'ambiguous') {
    const list = (l.candidates ?? []).map(workTitle).slice(0, 3).join('; ');
    return `${WORK_LABEL.ambiguous} (${l.reason})${list ? `: ${list}` : ''}`;
  }
  return `${labelOf(WORK_LABEL, l.status)} (${l.reason})`;
}

/** Why: the lookup with the citation it is about, where the evidence is not shown beside it. */
export function workLine(ev: Evidence): string | null {
  const result = workResult(ev);
  return result ? `“${ev.text}”: ${result}` : null;
}

/** Why: what the linked source says about the claim's number, as one line with the source's own words. */
export function sourceLine(claim: Claim): string | null {
  const s = claim.source;
  if (!s) return null;
  if (s.status === 'stated') return `${SOURCE_LABEL.stated}: “${s.snippet ?? s.found ?? ''}”`;
  if (s.status === 'stated-differently')
    return `The source says ${s.found ?? 'another number'}, not ${claim.text}: “${s.snippet ?? ''}”`;
  return `${labelOf(SOURCE_LABEL, s.status)} (${s.reason})`;
}

/** Why: a package's risk and, for a missing one, the real names it may have meant, as lines. */
export function packageLines(i: ImportRef): string[] {
  const out: string[] = [];
  if (i.risk && i.risk.flags.length > 0) out.push(`Package risk: ${i.risk.reason}`);
  if (i.suggestions?.length) out.push(`Did you mean: ${i.suggestions.join(', ')}`);
  return out;
}
