// GitHub Actions workflow commands: one `::error|warning|notice file=..,line=..,col=..::message` line per finding,
// which the runner turns into annotations on the pull request's changed lines.
import type { Severity } from '../../core/report';
import type { CheckedFile } from '../checked-file';
import { findingPosition, repeatPositions } from './location';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = {
  high: 'error',
  medium: 'warning',
  low: 'notice',
};

/** Why: a message is data: "%", CR and LF are escaped so page text cannot end the command or start another. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Why: a property value also escapes ":" and ",", which separate properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Why: `--format github`, for a workflow step that runs the CLI directly (no SARIF upload needed). */
export function toGithub(files: readonly CheckedFile[]): string {
  const lines: string[] = [];
  for (const file of files)
    for (const f of file.report.findings) {
      const p = findingPosition(file, f);
      const props: [string, string | number][] = [];
      if (!file.url) props.push(['file', file.display]);
      if (p)
        props.push(['line', p.line], ['endLine', p.endLine], ['col', p.column], ['endColumn', p.endColumn]);
      props.push(['title', `ClaimLens ${f.rule}`]);
      const where = file.url ? `${file.url}: ` : '';
      // An annotation marks one line: a repeated figure's other lines are named in its message.
      const again = repeatPositions(file, f).map((q) => q.line);
      const also = again.length
        ? ` Said again on line${again.length > 1 ? 's' : ''} ${again.join(', ')}.`
        : '';
      const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
      lines.push(`::${COMMAND[f.severity]} ${list}::${escapeData(where + f.message + also)}`);
    }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
