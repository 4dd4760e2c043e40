// Where a finding is: the position of what it is about (its claim, link or import) in its file.
import type { SourcePosition } from '../../adapters/source-positions';
import type { Finding } from '../../core/report';
import type { CheckedFile } from '../checked-file';

/** Why: every CI format and the terminal name a finding's line and column; null when it could not be placed. */
export function findingPosition(file: CheckedFile, f: Finding): SourcePosition | null {
  return file.positions.get(f.ref) ?? null;
}

/** Why: "docs/post.md:12:5", the form editors and terminals turn into a link. */
export function findingPlace(file: CheckedFile, f: Finding): string {
  const p = findingPosition(file, f);
  return p ? `${file.display}:${p.line}:${p.column}` : file.display;
}
