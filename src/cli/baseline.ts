// A baseline: the findings a team has accepted, so CI reports only new ones. A finding is matched by its file, rule
// and the text-quote selector of what it is about (exact text plus the text around it), never by line number or
// id, so an edit elsewhere in the file, or a new paragraph above, does not raise old findings again.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import * as v from 'valibot';
import type { Finding, Report } from '../core/report';
import type { CheckedFile } from './checked-file';

/** Why: a bad baseline file is exit 2 with a line a user can act on. */
export class BaselineError extends Error {
  override name = 'BaselineError';
}

const EntrySchema = v.strictObject({
  file: v.string(),
  rule: v.string(),
  exact: v.string(),
  prefix: v.string(),
  suffix: v.string(),
});
const BaselineSchema = v.strictObject({
  tool: v.literal('claimlens'),
  version: v.literal(1),
  findings: v.array(EntrySchema),
});

/** Why: one accepted finding; `file` is relative to the baseline file, so the baseline works from any folder. */
export type BaselineEntry = v.InferOutput<typeof EntrySchema>;
/** Why: the file `--update-baseline` writes and `--baseline` reads. */
export type Baseline = v.InferOutput<typeof BaselineSchema>;

/** Why: what a finding is about, as a text-quote selector (imports, which have no quote, by language and module). */
export function selectorOf(report: Report, f: Finding): Pick<BaselineEntry, 'exact' | 'prefix' | 'suffix'> {
  const target = [...report.claims, ...report.links].find((x) => x.id === f.ref);
  if (target) return { exact: target.quote.exact, prefix: target.quote.prefix, suffix: target.quote.suffix };
  const imp = report.imports.find((i) => i.id === f.ref);
  if (imp) return { exact: `${imp.language} import ${imp.module}`, prefix: '', suffix: '' };
  return { exact: f.message, prefix: '', suffix: '' };
}

/** Why: files are keyed by their path from the baseline's folder (URLs as they are). */
export function baselineKey(file: CheckedFile, baselinePath: string): string {
  if (!file.path) return file.url ?? file.display;
  return relative(dirname(resolve(baselinePath)), file.path)
    .split(sep)
    .join('/');
}

/** Why: `--update-baseline`: every finding reported now becomes accepted. */
export function baselineOf(files: readonly CheckedFile[], baselinePath: string): Baseline {
  const findings = files.flatMap((file) =>
    file.report.findings.map((f) => ({
      file: baselineKey(file, baselinePath),
      rule: f.rule,
      ...selectorOf(file.report, f),
    })),
  );
  return { tool: 'claimlens', version: 1, findings };
}

/** Why: read with one clear error; a missing baseline is an empty one (the first run of a new CI job). */
export async function readBaseline(path: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      return { tool: 'claimlens', version: 1, findings: [] };
    throw new BaselineError(`cannot read baseline ${path}: ${(e as NodeJS.ErrnoException).code}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new BaselineError(`baseline ${path} is not JSON: ${(e as Error).message}`);
  }
  const result = v.safeParse(BaselineSchema, data);
  if (result.success) return result.output;
  const issue = result.issues[0];
  throw new BaselineError(`baseline ${path}: ${v.getDotPath(issue) ?? 'file'}: ${issue.message}`);
}

/** Why: written sorted and pretty, so a baseline reviews well in a pull request. */
export async function writeBaseline(path: string, baseline: Baseline): Promise<void> {
  const findings = [...baseline.findings].sort(
    (a, b) => a.file.localeCompare(b.file) || a.rule.localeCompare(b.rule) || a.exact.localeCompare(b.exact),
  );
  await writeFile(path, `${JSON.stringify({ ...baseline, findings }, null, 2)}\n`);
}

/**
 * Why: the findings of one file that the baseline does not account for. Entries with the same file, rule and exact
 * text are paired with findings by how much of their surrounding text still matches (at least 8 characters of it,
 * or all there was); each entry accounts for one finding, so a second copy of an accepted claim is new.
 */
export function newFindings(baseline: Baseline, file: CheckedFile, baselinePath: string): Finding[] {
  const key = baselineKey(file, baselinePath);
  const pool = new Map<string, BaselineEntry[]>();
  for (const e of baseline.findings) {
    if (e.file !== key) continue;
    const k = `${e.rule}\0${e.exact}`;
    pool.set(k, [...(pool.get(k) ?? []), e]);
  }
  const candidates = file.report.findings.map((f) => ({ f, sel: selectorOf(file.report, f) }));
  const pairs: { i: number; entry: BaselineEntry; score: number }[] = [];
  candidates.forEach(({ f, sel }, i) => {
    for (const entry of pool.get(`${f.rule}\0${sel.exact}`) ?? []) {
      const score = commonTail(entry.prefix, sel.prefix) + commonHead(entry.suffix, sel.suffix);
      if (score >= Math.min(8, entry.prefix.length + entry.suffix.length)) pairs.push({ i, entry, score });
    }
  });
  // Best-matching pairs first, so a moved claim keeps its own entry rather than a look-alike's.
  pairs.sort((a, b) => b.score - a.score);
  const matched = new Set<number>();
  const used = new Set<BaselineEntry>();
  for (const p of pairs) {
    if (matched.has(p.i) || used.has(p.entry)) continue;
    matched.add(p.i);
    used.add(p.entry);
  }
  return candidates.filter((_, i) => !matched.has(i)).map((c) => c.f);
}

function commonTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
