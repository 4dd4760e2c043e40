// Prints every claim of one article with its worth, reasons and support: the view to read when tuning worth rules.
// Usage: npx tsx scripts/claims-table.ts <file.md|file.html> [--all]
import { readFileSync } from 'node:fs';
import { analyzeHtml, analyzeMarkdown } from '../src/node/index';

const [file, flag] = process.argv.slice(2);
if (!file) {
  console.error('usage: npx tsx scripts/claims-table.ts <file> [--all]');
  process.exit(2);
}
const text = readFileSync(file, 'utf8');
const report = /\.html?$/i.test(file) ? analyzeHtml(text, { file }) : analyzeMarkdown(text, { file });
const flagged = new Map(report.findings.flatMap((f) => [f.ref, ...(f.refs ?? [])].map((r) => [r, f])));
for (const c of report.claims) {
  if (flag !== '--all' && c.worth === 'none' && !flagged.has(c.id)) continue;
  const f = flagged.get(c.id);
  const mark = f ? f.severity.toUpperCase().padEnd(6) : '-'.padEnd(6);
  console.log(
    `${mark} ${c.worth.padEnd(6)} ${c.support.padEnd(14)} ${c.kind.padEnd(11)} ${JSON.stringify(c.text)}  [${c.worthReasons.join('; ')}]`,
  );
  console.log(`         ${c.sentence.slice(0, 150)}`);
}
