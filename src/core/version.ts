/** Why: exports and the CLI say which ClaimLens made a report; a test keeps it equal to package.json. */
export const VERSION = '0.1.0';
