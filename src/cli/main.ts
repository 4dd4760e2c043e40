// The `claimlens` command: parse the arguments, then check what they name; exit 0 ran, 1 findings reached
// --fail-on, 2 bad input.
import { parseCliArgs, UsageError, USAGE, type CheckArgs } from './args';
import { runCheck } from './check';
import type { CliIo } from './io';

export type { CliIo } from './io';
import { VERSION } from '../core/version';

/** Why: the whole CLI as a function of its inputs. */
export async function runCli(io: CliIo): Promise<number> {
  let args: CheckArgs | 'help' | 'version';
  try {
    args = parseCliArgs(io.argv, io.env, io.isTTY);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`claimlens: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (args === 'help') {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (args === 'version') {
    io.stdout(`claimlens ${VERSION}\n`);
    return 0;
  }
  return runCheck(args, io);
}
