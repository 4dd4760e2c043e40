// Words and colours every export shares, so a verdict reads the same in Markdown, HTML, CSV and annotations.

import { REGISTRIES } from '../core/code/registries';
import type { ClaimKind, ImportStatus, LinkStatus, Registry, Severity, Support } from '../core/report';
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
  missing: 'Missing',
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
