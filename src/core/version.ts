// The version every report, export and the CLI state: read from package.json, the one place it is written (the
// build copies it into the extension's manifest too; tests/unit/version.test.ts keeps it that way).
import { version } from '../../package.json';

/** Why: exports and the CLI say which ClaimLens made a report. */
export const VERSION: string = version;
