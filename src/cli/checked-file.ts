// One input after analysis, as the rest of the run sees it: its report, where each item is in its file, and the
// suppression comments the file holds. The report contract is untouched; positions live beside it, keyed by id.
import type { SourcePosition } from '../adapters/source-positions';
import type { TextSpan } from '../adapters/text-positions';
import type { Report } from '../core/report';
import type { Directive } from './suppressions';

/** Why: formats, suppressions and baselines all need a finding's file and line, which the Report does not carry. */
export interface CheckedFile {
  /** What a user reads: the path relative to the working directory (with "/"), or the URL. */
  display: string;
  /** The absolute path of a file; null for a URL. */
  path: string | null;
  url: string | null;
  report: Report;
  /** Line and column of each claim, link and import, by id (c1, l2, i3). */
  positions: Map<string, SourcePosition>;
  directives: Directive[];
  /** Page-text offsets for the annotation export (HTML files, when asked for). */
  textSpans?: Map<string, TextSpan>;
}
