import type { Finding, Report } from '../core/report';

/** Why: a check reads the report and says what is wrong; the list that runs it stamps the id and the rule. */
export type FindingDraft = Omit<Finding, 'id' | 'rule'>;

/** Why: one small file per check, each `{ id, run }`, listed in order in index.ts. */
export interface Check {
  /** The rule name its findings carry ("unsupported-number"); stamped by the list, never written by the check. */
  id: string;
  /** One line that says what the check finds, for docs and reviewers. */
  description: string;
  run(report: Report): FindingDraft[];
}
