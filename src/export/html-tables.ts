// The standalone HTML export's shared pieces and its three tables (claims, links, imports); html.ts builds the page.
import type { Evidence } from '../core/report';
import { escapeHtml as esc } from './escape';
import {
  IMPORT_LABEL,
  KIND_LABEL,
  LINK_LABEL,
  REGISTRY_LABEL,
  claimVerdict,
  isLinkProblem,
  labelOf,
  packageLines,
  sourceLine,
  workResult,
} from './labels';
import { clip, isSafeHref, type ReportView } from './view';

const CELL_MAX = 300;

export function anchor(text: string, href: string | null | undefined): string {
  const label = esc(text || href || 'link');
  return isSafeHref(href) ? `<a href="${esc(href.trim())}" rel="noopener noreferrer">${label}</a>` : label;
}

// What the online lookup of a citation found; a found work is linked.
function lookupHtml(e: Evidence): string {
  const looked = workResult(e);
  const url = e.work?.status === 'found' ? e.work.work?.url : undefined;
  return looked
    ? ` <span class="work">— ${esc(looked)}${isSafeHref(url) ? ` (${anchor('open', url)})` : ''}</span>`
    : '';
}

export function evidenceHtml(evidence: Evidence[]): string {
  if (evidence.length === 0) return 'none';
  const shown = (e: Evidence) =>
    isSafeHref(e.href)
      ? anchor(e.text, e.href)
      : `${esc(e.text) || '(no text)'} <span class="count">(${esc(e.kind)})</span>`;
  return evidence.map((e) => shown(e) + lookupHtml(e)).join('; ');
}

export function supportClass(support: string): string {
  return support === 'unsupported' || support === 'cited-unlinked' || support === 'linked'
    ? support
    : 'neutral';
}

export function linkClass(status: string): string {
  return isLinkProblem(status) ? 'link-problem' : status === 'ok' ? 'linked' : 'neutral';
}

function tableHtml(head: string[], rows: string[][], numeric: number[] = []): string {
  const cell = (tag: string, i: number, v: string) =>
    `<${tag}${numeric.includes(i) ? ' class="num"' : ''}>${v}</${tag}>`;
  return `<div class="table-wrap"><table>
<thead><tr>${head.map((h, i) => cell('th', i, h)).join('')}</tr></thead>
<tbody>
${rows.map((r) => `<tr>${r.map((v, i) => cell('td', i, v)).join('')}</tr>`).join('\n')}
</tbody>
</table></div>`;
}

function section(title: string, count: number, empty: string, table: () => string): string {
  return `<section><h2>${title} <span class="count">${count}</span></h2>\n${count === 0 ? `<p class="empty">${empty}</p>` : table()}\n</section>`;
}

export function claimsTable(view: ReportView): string {
  return section('Claims', view.claims.length, 'No claims found.', () =>
    tableHtml(
      ['#', 'Claim', 'Support', 'Evidence', 'Sentence'],
      view.claims.map((c, i) => [
        String(i + 1),
        `<strong>${esc(clip(c.text, CELL_MAX))}</strong><br><span class="count">${esc(labelOf(KIND_LABEL, c.kind))}</span>`,
        `<span class="badge b-${supportClass(c.support)}">${esc(claimVerdict(c))}</span>`,
        `<span class="evidence">${evidenceHtml(c.evidence)}${sourceLine(c) ? `<br>${esc(clip(sourceLine(c)!, CELL_MAX))}` : ''}</span>`,
        esc(clip(c.context ? `${c.context}: ${c.sentence}` : c.sentence, CELL_MAX)),
      ]),
      [0],
    ),
  );
}

export function linksTable(view: ReportView): string {
  return section('Links', view.links.length, 'No links.', () =>
    tableHtml(
      ['Link text', 'Target', 'Status', 'Reason'],
      view.links.map((l) => [
        esc(clip(l.text, CELL_MAX)) || '<span class="empty">(no text)</span>',
        l.href === null
          ? '<span class="empty">none</span>'
          : isSafeHref(l.href)
            ? anchor(clip(l.href, CELL_MAX), l.href)
            : `<code>${esc(clip(l.href, CELL_MAX))}</code>`,
        `<span class="badge b-${linkClass(l.status)}">${esc(labelOf(LINK_LABEL, l.status))}</span>`,
        esc(clip(l.reason ?? '', CELL_MAX)),
      ]),
    ),
  );
}

export function importsTable(view: ReportView): string {
  return section('Code imports', view.imports.length, 'No code imports.', () =>
    tableHtml(
      ['Module', 'Language', 'Package', 'Status', 'Line', 'Reason'],
      view.imports.map((i) => [
        `<code>${esc(clip(i.module, CELL_MAX))}</code>`,
        esc(i.language),
        i.package
          ? `<code>${esc(clip(i.package, CELL_MAX))}</code>${i.registry ? ` <span class="count">${esc(labelOf(REGISTRY_LABEL, i.registry))}</span>` : ''}`
          : '—',
        `<span class="badge b-${i.status === 'missing' ? 'bad' : 'neutral'}">${esc(labelOf(IMPORT_LABEL, i.status))}</span>`,
        String(i.line),
        esc(clip([i.reason ?? '', ...packageLines(i)].filter(Boolean).join(' · '), CELL_MAX)),
      ]),
      [4],
    ),
  );
}
