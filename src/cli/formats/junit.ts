// JUnit XML, the report format every CI system can show (GitLab, Jenkins, Azure, CircleCI): one test suite per
// file, one failing test case per finding, one passing case for a file with none.
import type { Finding } from '../../core/report';
import type { CheckedFile } from '../checked-file';
import { findingPlace, findingPosition } from './location';

// XML 1.0 allows tab, LF, CR and the ranges below; anything else (controls, lone surrogates) is dropped.
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Why: page text is data in an attribute or element; it must never become markup or invalid XML. */
export function escapeXml(s: string): string {
  return s
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Why: `--format junit`, for CI systems that show test reports but not SARIF. */
export function toJunit(files: readonly CheckedFile[]): string {
  const total = files.reduce((n, f) => n + Math.max(1, f.report.findings.length), 0);
  const failures = files.reduce((n, f) => n + f.report.findings.length, 0);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="ClaimLens" tests="${total}" failures="${failures}">`,
  ];
  for (const file of files) {
    const name = escapeXml(file.display);
    const findings = file.report.findings;
    out.push(
      `  <testsuite name="${name}" tests="${Math.max(1, findings.length)}" failures="${findings.length}">`,
    );
    if (!findings.length) out.push(`    <testcase name="no findings" classname="${name}"/>`);
    for (const f of findings) out.push(...testCase(file, f, name));
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

function testCase(file: CheckedFile, f: Finding, name: string): string[] {
  const p = findingPosition(file, f);
  const at = p ? ` at ${p.line}:${p.column}` : '';
  const line = p && !file.url ? ` file="${name}" line="${p.line}"` : '';
  return [
    `    <testcase name="${escapeXml(`${f.rule}${at}`)}" classname="${name}"${line}>`,
    `      <failure type="${escapeXml(f.rule)}" message="${escapeXml(f.message)}">${escapeXml(
      `${f.severity}: ${f.message}\n${findingPlace(file, f)}`,
    )}</failure>`,
    '    </testcase>',
  ];
}
