// The online checks' progress on a terminal: one line, rewritten in place, on stderr (stdout stays the report).
import { formatSeconds } from '../verify/budget';

/** Why: a reader waiting on slow registries sees that something happens, and how long it may still take. */
export function progressLine(done: number, total: number, msLeft: number): string {
  return `\r\x1b[Kclaimlens: checking online ${done}/${total} (imports and links), at most ${formatSeconds(Math.ceil(msLeft / 1000) * 1000)} left`;
}
