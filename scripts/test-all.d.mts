// Types for scripts/test-all.mjs (plain JavaScript so `npm test` needs no loader), for its test.

/** Why: the stages of `npm test`, in order: [name, npm script]. */
export declare const STAGES: readonly [name: string, script: string][];

/** Why: runs every stage whatever the earlier ones did; returns the first failure's exit code, else 0. */
export declare function runStages(
  stages: readonly [name: string, command: string, args: string[]][],
  log?: (line: string) => void,
): number;
