// The default, human-readable report for a terminal.
import type { Claim, Finding, ImportRef, LinkRef, Report } from '../core/report';
import { SEVERITIES } from '../core/vocabulary';
import { emptyVerdict } from '../core/empty-verdict';
import { topProblems } from '../core/top-problems';
import { clip } from '../export/view';
import { packageLines, sourceLine, workLine } from '../export/labels';
import { BIDI_CONTROLS } from '../export/escape';
const CODES = { bold: 1, dim: 2, red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36 } as const;
type Style = keyof typeof CODES;

/** Why: writers read this before they publish; it must be scannable in a terminal, coloured only on a TTY. */
export function renderTerminal(
  report: Report,
  opts: { color: boolean; width?: number; where?: (f: Finding) => string | null },
): string {
  const paint = (s: string, ...styles: Style[]) =>
    opts.color && styles.length ? `\x1b[${styles.map((k) => CODES[k]).join(';')}m${s}\x1b[0m` : s;
  const width = Math.max(60, Math.min(opts.width ?? 100, 140));
  const byRef = new Map<string, Claim | LinkRef | ImportRef>();
  for (const x of [...report.claims, ...report.links, ...report.imports]) byRef.set(x.id, x);
  const s = report.summary;
  const out: string[] = [];
  out.push(paint(`ClaimLens · ${clean(report.source.title) || '(untitled)'}`, 'bold'));
  out.push(paint(report.source.url ?? report.source.file ?? '', 'dim'));
  out.push('');
  out.push(
    `${s.claims} claims: ${paint(`${s.support.unsupported} unsupported`, s.support.unsupported ? 'yellow' : 'dim')}, ` +
      `${paint(`${s.support['cited-unlinked']} cited but unlinked`, s.support['cited-unlinked'] ? 'cyan' : 'dim')}, ` +
      `${paint(`${s.support.linked} linked`, 'green')}`,
  );
  const linkProblems = s.links.placeholder + s.links.missing + s.links.broken;
  out.push(
    `${report.links.length} links: ${paint(`${linkProblems} placeholder, missing or broken`, linkProblems ? 'magenta' : 'dim')}` +
      ` · ${report.imports.length} imports: ${paint(`${s.imports.missing} missing`, s.imports.missing ? 'red' : 'dim')}, ` +
      `${s.imports.unknown} unverified` +
      (report.meta.online ? '' : paint(' (online checks off)', 'dim')),
  );
  out.push(
    `Findings: ${paint(`${s.findings.high} high`, s.findings.high ? 'red' : 'dim')}, ` +
      `${paint(`${s.findings.medium} medium`, s.findings.medium ? 'yellow' : 'dim')}, ${s.findings.low} low`,
  );
  // What the report left out (caps reached): said before the findings, so nobody reads a partial report as whole.
  for (const note of report.meta.notes ?? []) out.push(paint(`Note: ${clean(note)}`, 'yellow'));
  // The first screen: the few problems that matter most, across every kind, then every finding by severity.
  const top = topProblems(report);
  if (top.length > 0 && report.findings.length > top.length) {
    out.push('', paint(`TOP PROBLEMS (${top.length} of ${report.findings.length})`, 'bold'));
    for (const f of top)
      out.push(
        `  ${paint(f.severity.toUpperCase().padEnd(6), f.severity === 'high' ? 'red' : 'yellow')} ${clean(f.message)}`,
      );
  }
  for (const severity of SEVERITIES) {
    const group = report.findings.filter((f) => f.severity === severity);
    if (!group.length) continue;
    out.push(
      '',
      paint(
        `${severity.toUpperCase()} (${group.length})`,
        'bold',
        severity === 'high' ? 'red' : severity === 'medium' ? 'yellow' : 'dim',
      ),
    );
    for (const f of group) out.push(...renderFinding(f, byRef.get(f.ref), width, paint, opts.where?.(f)));
  }
  if (!report.findings.length) {
    const quiet = emptyVerdict(report);
    out.push('', paint(`${quiet.title}: ${quiet.detail}`, 'green'));
  }
  return out.join('\n') + '\n';
}

function renderFinding(
  f: Finding,
  target: Claim | LinkRef | ImportRef | undefined,
  width: number,
  paint: (s: string, ...st: Style[]) => string,
  where?: string | null,
): string[] {
  const lines = [`  • ${clean(f.message)} ${paint(`[${f.rule}]`, 'dim')}`];
  // "docs/post.md:12:5": terminals and editors open the file at the line.
  if (where) lines.push(paint(`    ${clean(where)}`, 'cyan'));
  if (target && 'worthReasons' in target && target.worthReasons[0])
    lines.push(paint(`    why it matters: ${target.worthReasons[0]}`, 'dim'));
  if (target && 'sentence' in target) {
    lines.push(`    “${excerpt(clean(target.sentence), clean(target.text), width - 8, paint)}”`);
    // What the online checks found about this claim's citations and its linked source.
    for (const line of [...target.evidence.map(workLine), sourceLine(target)])
      if (line) for (const l of wrap(`↳ ${clean(line)}`, width - 6)) lines.push(paint(`    ${l}`, 'dim'));
  } else if (target && 'context' in target && target.context) {
    lines.push(paint(`    “${clip(clean(target.context), width - 8)}”`, 'dim'));
  } else if (target && 'line' in target) {
    lines.push(
      paint(
        `    code block ${target.block + 1}, line ${target.line}${target.reason ? ` — ${target.reason}` : ''}`,
        'dim',
      ),
    );
    for (const line of packageLines(target)) lines.push(paint(`    ↳ ${clean(line)}`, 'dim'));
  }
  return lines;
}

// Online results can run long (a work's title and authors): wrapped at words, continued under the text.
function wrap(text: string, max: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > max) {
      out.push(line);
      line = `  ${word}`;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(clip(line, max));
  return out.slice(0, 6);
}

// oxlint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]+/g;

// Page text must not drive the terminal: strip control characters (escape sequences, NUL) and bidirectional
// controls (a right-to-left override would reorder the line), and fold whitespace.
function clean(s: string): string {
  return s.replace(CONTROL, ' ').replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ').trim();
}

/** Why: a long sentence is cut around its claim, so the claim is always on screen, emphasised on a TTY. */
function excerpt(
  sentence: string,
  claim: string,
  max: number,
  paint: (s: string, ...st: Style[]) => string,
): string {
  const at = sentence.indexOf(claim);
  if (at < 0) return paint(clip(sentence, max), 'dim');
  let from = 0;
  let to = sentence.length;
  if (to > max) {
    from = Math.max(0, Math.min(at - Math.floor((max - claim.length) / 2), sentence.length - max));
    to = Math.min(sentence.length, from + max);
  }
  const before = (from > 0 ? '…' : '') + sentence.slice(from, at);
  const after = sentence.slice(at + claim.length, to) + (to < sentence.length ? '…' : '');
  return paint(before, 'dim') + paint(claim, 'bold') + paint(after, 'dim');
}
