// The ordered list of verifiers: the order the options page lists them in, and the order their patches apply in.
// A verifier that reads another's results names it in `after` (it must come later here).
import type { Verifier } from '../verifier';
import { importsVerifier } from './imports';
import { packageRiskVerifier } from './package-risk';
import { citedWorksVerifier } from './cited-works';
import { linksVerifier } from './links';
import { sourceMentionsVerifier } from './source-mentions';

/** Why: one list says which online checks exist, in what order; tests/unit/verifiers-registry.test.ts holds it to it. */
export const VERIFIERS: readonly Verifier[] = [
  importsVerifier,
  packageRiskVerifier, // after imports: reads exists/missing
  citedWorksVerifier,
  linksVerifier,
  sourceMentionsVerifier,
];
