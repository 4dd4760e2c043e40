// SARIF 2.1.0 (OASIS), the format GitHub code scanning and most CI dashboards read: one run, one result per finding,
// each with its file, line and column. Tests validate the output against the official 2.1.0 schema.
import { createHash } from 'node:crypto';
import { CHECKS } from '../../checks/index';
import type { Finding, Severity } from '../../core/report';
import { VERSION } from '../../core/version';
import { selectorOf } from '../baseline';
import type { CheckedFile } from '../checked-file';
import { findingPosition, repeatPositions } from './location';
import type { SourcePosition } from '../../adapters/source-positions';

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
    file.report.findings.map((f) => {
      const again = repeatPositions(file, f);
      return {
        ruleId: f.rule,
        ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule) } : {}),
        level: LEVEL[f.severity],
        message: { text: escapeMessage(f.message) + saidAgain(again) },
        locations: [location(file, findingPosition(file, f))],
        // The places a folded finding is said again: SARIF viewers (GitHub code scanning) link them from the message.
        ...(again.length
          ? {
              relatedLocations: again.map((p, k) => ({
                id: k + 1,
                ...location(file, p),
                message: { text: 'Said again here.' },
              })),
            }
          : {}),
        partialFingerprints: { 'claimlensQuote/v1': fingerprint(file, f) },
      };
    }),
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

// SARIF reads "[text](id)" in a message as a link to a related location: the finding's own brackets are escaped.
function escapeMessage(text: string): string {
  return text.replace(/[[\]\\]/g, '\\$&');
}

function saidAgain(again: readonly SourcePosition[]): string {
  if (!again.length) return '';
  return ` Said again at ${again.map((p, k) => `[line ${p.line}](${k + 1})`).join(', ')}.`;
}

function location(file: CheckedFile, p: SourcePosition | null) {
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
