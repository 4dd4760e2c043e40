// SARIF 2.1.0 (OASIS), the format GitHub code scanning and most CI dashboards read: one run, one result per finding,
// each with its file, line and column. Tests validate the output against the official 2.1.0 schema.
import { createHash } from 'node:crypto';
import { CHECKS } from '../../checks/index';
import type { Finding, Severity } from '../../core/report';
import { VERSION } from '../../core/version';
import { selectorOf } from '../baseline';
import type { CheckedFile } from '../checked-file';
import { findingPosition } from './location';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  high: 'error',
  medium: 'warning',
  low: 'note',
};

/** Why: `--format sarif`, uploaded by the GitHub Action so findings appear on the pull request. */
export function toSarif(files: readonly CheckedFile[]): string {
  const rules = CHECKS.map((c) => ({
    id: c.id,
    name: c.id.replace(/(^|-)([a-z])/g, (_, _dash: string, ch: string) => ch.toUpperCase()),
    shortDescription: { text: c.description },
    defaultConfiguration: { level: 'warning' },
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = files.flatMap((file) =>
    file.report.findings.map((f) => ({
      ruleId: f.rule,
      ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule) } : {}),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [location(file, f)],
      partialFingerprints: { 'claimlensQuote/v1': fingerprint(file, f) },
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'ClaimLens', version: VERSION, semanticVersion: VERSION, rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function location(file: CheckedFile, f: Finding) {
  const p = findingPosition(file, f);
  const artifactLocation = file.url
    ? { uri: file.url }
    : { uri: file.display.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  return {
    physicalLocation: {
      artifactLocation,
      ...(p
        ? { region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn } }
        : {}),
    },
  };
}

// Stable across runs and line moves: the rule and the text-quote selector, as the baseline matches them.
function fingerprint(file: CheckedFile, f: Finding): string {
  const s = selectorOf(file.report, f);
  return createHash('sha256')
    .update([file.display, f.rule, s.exact, s.prefix, s.suffix].join('\0'))
    .digest('hex')
    .slice(0, 32);
}
