// The at-a-glance counts: claims by verdict, link problems, imports, and findings by severity.
import type { Report } from '../core/report';

/** Why: a reader decides in two seconds whether the article deserves a closer look. */
export function Summary({ report }: { report: Report }) {
  const s = report.summary;
  const linkProblems = s.links.placeholder + s.links.missing + s.links.broken;
  const tiles = [
    { n: s.support.unsupported, label: 'Unsupported', tone: 'unsupported' },
    { n: s.support['cited-unlinked'], label: 'Cited, unlinked', tone: 'cited-unlinked' },
    { n: s.support.linked, label: 'Linked', tone: 'linked' },
    { n: linkProblems, label: 'Link problems', tone: 'link-problem' },
  ];
  const imports = s.imports.missing + s.imports.unknown + s.imports.exists;
  return (
    <section aria-label="Summary">
      <div class="summary">
        {tiles.map((t) => (
          <div class={`stat tone-${t.tone}`} key={t.label}>
            <div class="n">{t.n}</div>
            <div class="l">{t.label}</div>
          </div>
        ))}
      </div>
      <p class="subline severity-line">
        <span>
          {s.claims} claim{s.claims === 1 ? '' : 's'}
        </span>
        <span>
          <span class="sev high">{s.findings.high}</span> high
        </span>
        <span>
          <span class="sev medium">{s.findings.medium}</span> medium
        </span>
        <span>
          <span class="sev low">{s.findings.low}</span> low
        </span>
        {imports > 0 && (
          <span>
            imports: {s.imports.missing} missing, {s.imports.unknown} unknown, {s.imports.exists} exist
          </span>
        )}
      </p>
    </section>
  );
}
