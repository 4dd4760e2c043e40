// Where a finding is: the position of what it is about (its claim, link or import) in its file, and the places a
// repeated figure or placeholder is said again (the finding's other refs, folded into it by core/repeats.ts).
import type { SourcePosition } from '../../adapters/source-positions';
import type { Finding } from '../../core/report';
import type { CheckedFile } from '../checked-file';

/** Why: every CI format and the terminal name a finding's line and column; null when it could not be placed. */
export function findingPosition(file: CheckedFile, f: Finding): SourcePosition | null {
  return file.positions.get(f.ref) ?? null;
}

/**
 * Why: a writer fixing a repeated figure must find every place it is said, not only the first: the positions of the
 * finding's other refs, each place once, in file order.
 */
export function repeatPositions(file: CheckedFile, f: Finding): SourcePosition[] {
  const first = findingPosition(file, f);
  const seen = new Set(first ? [`${first.line}:${first.column}`] : []);
  const out: SourcePosition[] = [];
  for (const ref of f.refs ?? []) {
    const p = ref === f.ref ? undefined : file.positions.get(ref);
    if (!p || seen.has(`${p.line}:${p.column}`)) continue;
    seen.add(`${p.line}:${p.column}`);
    out.push(p);
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Why: "docs/post.md:12:5", the form editors and terminals turn into a link; repeats follow as "(also 30:2)". */
export function findingPlace(file: CheckedFile, f: Finding): string {
  const p = findingPosition(file, f);
  if (!p) return file.display;
  const again = repeatPositions(file, f);
  const also = again.length ? ` (also ${again.map((q) => `${q.line}:${q.column}`).join(', ')})` : '';
  return `${file.display}:${p.line}:${p.column}${also}`;
}
