// The at-a-glance counts: claims by verdict, link problems, imports, and findings by severity.
import type { Report } from '../core/report';
import { t, tn } from '../shared/i18n';

/** Why: a reader decides in two seconds whether the article deserves a closer look. */
export function Summary({ report }: { report: Report }) {
  const s = report.summary;
  const linkProblems = s.links.placeholder + s.links.missing + s.links.broken;
  const tiles = [
    { n: s.support.unsupported, label: t('toneUnsupported'), tone: 'unsupported' },
    { n: s.support['cited-unlinked'], label: t('toneCitedUnlinked'), tone: 'cited-unlinked' },
    { n: s.support.linked, label: t('toneLinked'), tone: 'linked' },
    { n: linkProblems, label: t('linkProblems'), tone: 'link-problem' },
  ];
  const imports = s.imports.missing + s.imports.unknown + s.imports.exists;
  return (
    <section aria-label={t('summary')}>
      <div class="summary">
        {tiles.map((t) => (
          <div class={`stat tone-${t.tone}`} key={t.label}>
            <div class="n">{t.n}</div>
            <div class="l">{t.label}</div>
          </div>
        ))}
      </div>
      <p class="subline severity-line">
        <span>{tn('claimCount', s.claims)}</span>
        <span>
          <span class="sev high">{s.findings.high}</span> {t('sevWordHigh')}
        </span>
        <span>
          <span class="sev medium">{s.findings.medium}</span> {t('sevWordMedium')}
        </span>
        <span>
          <span class="sev low">{s.findings.low}</span> {t('sevWordLow')}
        </span>
        {imports > 0 && (
          <span>{t('importsLine', s.imports.missing, s.imports.unknown, s.imports.exists)}</span>
        )}
      </p>
    </section>
  );
}
