// QUIET: what asks for no source. The first row that matches a claim caps its worth (most rows cap it at nothing).
// One row per reason a careful reader lets a figure go, in eight bands of one ordered list; each row has a case in
// tests/unit/worth-signals.test.ts.
import { QUIET_FRAMING } from './quiet-framing';
import { QUIET_MEASURED } from './quiet-measured';
import { QUIET_NAMES } from './quiet-names';
import { QUIET_OWN } from './quiet-own';
import { QUIET_OWN_SETTINGS } from './quiet-own-settings';
import { QUIET_PICTURED } from './quiet-pictured';
import { QUIET_SAID } from './quiet-said';
import { QUIET_SHOWN } from './quiet-shown';
import { QUIET_STORY } from './quiet-story';
import type { Signal } from './signal';

/** Why: what asks for no source: a claim that matches one is capped at the row's worth (first match wins). */
export const QUIET: readonly Signal[] = [
  ...QUIET_SAID,
  ...QUIET_FRAMING,
  ...QUIET_OWN,
  ...QUIET_OWN_SETTINGS,
  ...QUIET_STORY,
  ...QUIET_SHOWN,
  ...QUIET_MEASURED,
  ...QUIET_PICTURED,
  ...QUIET_NAMES,
];
