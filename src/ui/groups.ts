// The report as a reader scans it: findings grouped by what kind of problem they are, each with its sentence,
// verdict and evidence. Pure data, shared by the popup and the side panel (and tested without a browser).
import type {
  Claim,
  ClaimKind,
  Evidence,
  Finding,
  ImportRef,
  LinkRef,
  Report,
  Severity,
} from '../core/report';
import {
  IMPORT_LABEL,
  KIND_LABEL,
  LINK_LABEL,
  claimVerdict,
  isLinkProblem,
  labelOf,
  packageLines,
  sourceLine,
  workLine,
} from '../export/labels';
import { SEVERITIES, severityRank } from '../core/vocabulary';
import { topProblems } from '../core/top-problems';
import { t, type MessageKey } from '../shared/i18n';

/** Why: the groups the issue names, in the order a reader should meet them. */
export type GroupId = 'numbers' | 'cited' | 'leadership' | 'links' | 'imports' | 'linked';

/** Why: the colour family of an item's verdict (matches the page highlights and the legend). */
export type Tone = 'unsupported' | 'cited-unlinked' | 'linked' | 'link-problem' | 'neutral';

/** Why: one row of the list: enough to judge it without opening the page, and a ref to reveal it there. */
export interface Item {
  ref: string;
  group: GroupId;
  /** The highest severity among this item's findings; null when nothing was flagged (a linked claim). */
  severity: Severity | null;
  /** The span as a reader sees it: the claim, the link text, the module. */
  text: string;
  /** Its sentence, list item or table row (or the link's context, the import's package). */
  sentence: string;
  /** "Unsupported", "Cited, not linked", "Placeholder", "Missing", ... */
  verdict: string;
  tone: Tone;
  /** "Percentage", "Link", "python import". */
  kind: string;
  /** What the checks said about it. */
  messages: string[];
  /** Why it matters (the claim's first worth reason), or null for links and imports. */
  why: string | null;
  evidence: Evidence[];
  /** The link's href or the import's registry reason. */
  detail: string | null;
  /** What online checks found: a cited work's lookup, what the linked source says, a package's risk. */
  notes: string[];
  /** Works a lookup found, to open: "probably this work". */
  works: { text: string; href: string }[];
  /** Nothing to worry about (a linked claim, a package that exists): hidden unless asked for. */
  fine: boolean;
}

/** Why: a titled list with a one-line explanation of why these matter. */
export interface Group {
  id: GroupId;
  title: string;
  description: string;
  items: Item[];
}

const GROUP_TEXT: Record<GroupId, { title: MessageKey; description: MessageKey }> = {
  numbers: { title: 'groupNumbersTitle', description: 'groupNumbersText' },
  cited: { title: 'groupCitedTitle', description: 'groupCitedText' },
  leadership: { title: 'groupLeadershipTitle', description: 'groupLeadershipText' },
  links: { title: 'groupLinksTitle', description: 'groupLinksText' },
  imports: { title: 'groupImportsTitle', description: 'groupImportsText' },
  linked: { title: 'groupLinkedTitle', description: 'groupLinkedText' },
};

const RHETORIC: ReadonlySet<ClaimKind> = new Set([
  'superlative',
  'comparative',
  'weasel',
  'generalization',
  'customer',
]);
/** Why: the most urgent severity of a set of findings decides where an item sorts and how it is badged. */
export function worst(findings: readonly Finding[]): Severity | null {
  let best: Severity | null = null;
  for (const f of findings) if (!best || severityRank(f.severity) < severityRank(best)) best = f.severity;
  return best;
}

// Items sort by severity, the worst first; an item nothing flagged sorts last.
const rank = (s: Severity | null): number => (s ? severityRank(s) : SEVERITIES.length);

function claimGroup(c: Claim): GroupId {
  if (c.support === 'linked') return 'linked';
  if (RHETORIC.has(c.kind)) return 'leadership';
  return c.support === 'cited-unlinked' ? 'cited' : 'numbers';
}

function claimItem(c: Claim, findings: Finding[], report: Report): Item {
  const item: Item = {
    ref: c.id,
    group: claimGroup(c),
    severity: worst(findings),
    text: c.text,
    sentence: c.context ? `${c.context}: ${c.sentence}` : c.sentence,
    verdict: claimVerdict(c),
    tone: c.support,
    kind: labelOf(KIND_LABEL, c.kind),
    messages: findings.map((f) => f.message),
    why: findings.length > 0 ? (c.worthReasons[0] ?? null) : null,
    evidence: c.evidence,
    detail: null,
    notes: [...c.evidence.map(workLine), sourceLine(c)].filter((n): n is string => n !== null),
    works: c.evidence.flatMap((e) =>
      e.work?.status === 'found' && e.work.work?.url
        ? [{ text: e.work.work.title || e.work.work.url, href: e.work.work.url }]
        : [],
    ),
    // Nothing to look at: linked, worth nothing (a price, an example), or covered by its table's finding.
    fine: findings.length === 0,
  };
  // A table's finding (on its first cell, listing the others) shows as the table, not as that cell.
  const title = tableTitle(c, findings, report);
  return title === null
    ? item
    : { ...item, text: t('tableTitle', title), sentence: '', kind: t('kindTable') };
}

function tableTitle(c: Claim, findings: Finding[], report: Report): string | null {
  if (c.table === undefined || !findings.some((f) => (f.refs?.length ?? 0) > 1)) return null;
  return report.tables.find((t) => t.id === `t${c.table}`)?.title ?? null;
}

function linkItem(l: LinkRef, findings: Finding[]): Item {
  return {
    ref: l.id,
    group: 'links',
    severity: worst(findings),
    text: l.text,
    sentence: l.context ?? '',
    verdict: labelOf(LINK_LABEL, l.status),
    tone: 'link-problem',
    kind: t('kindLink'),
    messages: findings.map((f) => f.message).concat(findings.length === 0 && l.reason ? [l.reason] : []),
    why: null,
    evidence: [],
    detail: l.href,
    notes: l.finalUrl ? [t('nowAt', l.finalUrl)] : [],
    works: [],
    fine: false,
  };
}

function importItem(i: ImportRef, findings: Finding[]): Item {
  const label = labelOf(IMPORT_LABEL, i.status);
  return {
    ref: i.id,
    group: 'imports',
    severity: worst(findings),
    text: i.module,
    sentence:
      i.package && i.package !== i.module
        ? i.registry
          ? t('packageOnRegistry', i.package, i.registry)
          : t('packageName', i.package)
        : i.registry
          ? t('onRegistry', i.registry)
          : '',
    verdict: label,
    tone: i.status === 'missing' ? 'link-problem' : i.status === 'exists' ? 'linked' : 'neutral',
    kind: t('kindImport', i.language),
    messages: findings.map((f) => f.message),
    why: null,
    evidence: [],
    detail: i.reason ?? null,
    notes: packageLines(i),
    works: [],
    fine: i.status === 'exists' && findings.length === 0,
  };
}

const IMPORT_ORDER: Record<string, number> = { missing: 0, unknown: 1, exists: 2 };

/**
 * Why: builds the groups from a report. Every claim appears once, every link problem once, every third-party
 * import once (standard-library and local imports are counted in the summary, not listed).
 */
export function groupReport(report: Report): Group[] {
  const byRef = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const list = byRef.get(f.ref) ?? [];
    list.push(f);
    byRef.set(f.ref, list);
  }
  const items: Item[] = [];
  for (const c of report.claims) items.push(claimItem(c, byRef.get(c.id) ?? [], report));
  for (const l of report.links) {
    if (isLinkProblem(l.status)) items.push(linkItem(l, byRef.get(l.id) ?? []));
  }
  const imports = report.imports
    .filter((i) => i.status === 'missing' || i.status === 'unknown' || i.status === 'exists')
    .sort((a, b) => (IMPORT_ORDER[a.status] ?? 9) - (IMPORT_ORDER[b.status] ?? 9));
  for (const i of imports) items.push(importItem(i, byRef.get(i.id) ?? []));

  const order: GroupId[] = ['numbers', 'cited', 'leadership', 'links', 'imports', 'linked'];
  return order.map((id) => ({
    id,
    title: t(GROUP_TEXT[id].title),
    description: t(GROUP_TEXT[id].description),
    items: items
      .filter((it) => it.group === id)
      .sort((a, b) => (id === 'imports' ? 0 : rank(a.severity) - rank(b.severity))),
  }));
}

/** Why: the first screen: the items behind the report's top problems (core/top-problems), worst first. */
export function topItems(report: Report, groups: readonly Group[]): Item[] {
  const byRef = new Map(groups.flatMap((g) => g.items.map((it) => [it.ref, it] as const)));
  const out: Item[] = [];
  for (const f of topProblems(report)) {
    const item = byRef.get(f.ref);
    if (item && !out.some((o) => o.ref === item.ref)) out.push(item);
  }
  return out;
}

/** Why: a preview (the summary and the top problems, sent first) names its top problems; these are their items. */
export function itemsOf(groups: readonly Group[], refs: readonly string[]): Item[] {
  const byRef = new Map(groups.flatMap((g) => g.items.map((it) => [it.ref, it] as const)));
  const out: Item[] = [];
  for (const ref of refs) {
    const item = byRef.get(ref);
    if (item && !out.includes(item)) out.push(item);
  }
  return out;
}

/** Why: the popup's filters: which severities to show, whether to show unflagged items, and a text search. */
export interface Filter {
  severities: ReadonlySet<Severity>;
  /** Show items that are fine (linked claims, imports that exist). */
  fine: boolean;
  query: string;
}

/** Why: the default view shows every problem and hides what is fine. */
export const DEFAULT_FILTER: Filter = {
  severities: new Set(SEVERITIES),
  fine: false,
  query: '',
};

/** Why: applies the filters; a group that ends up empty is kept (with zero items) so counts stay honest. */
export function filterGroups(groups: readonly Group[], filter: Filter): Group[] {
  const q = filter.query.trim().toLowerCase();
  return groups.map((g) => ({
    ...g,
    items: g.items.filter((it) => {
      if (it.fine && !filter.fine) return false;
      if (it.severity && !filter.severities.has(it.severity)) return false;
      if (!q) return true;
      return [it.text, it.sentence, it.verdict, it.kind, ...it.messages, ...it.notes].some((s) =>
        s.toLowerCase().includes(q),
      );
    }),
  }));
}
