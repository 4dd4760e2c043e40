import type { Finding, Report } from '../core/report';

/** Why: a check reads the report and says what is wrong; ids are given by the list that runs it. */
export type FindingDraft = Omit<Finding, 'id'>;

/** Why: one small file per check, each `{ id, run }`, listed in order in index.ts. */
export interface Check {
  /** The rule name findings carry ("unsupported-number"). */
  id: string;
  /** One line for docs and the CLI's --list-checks. */
  description: string;
  run(report: Report): FindingDraft[];
}
