// Progress on stderr, drawn only on a terminal: the files of a run (done, findings so far, time left; at most ten
// times a second, wiped when the run ends), and the online checks of one report (done of how many, time left).
import { formatSeconds } from '../verify/budget';

/** Why: the check reports progress through this; a non-TTY gets the no-op. */
export interface Progress {
  update(done: number, findings: number): void;
  finish(): void;
}

/** Why: where to draw and how; `now` is injected so tests can move time. */
export interface ProgressOptions {
  total: number;
  write: (s: string) => void;
  isTTY: boolean;
  width?: number;
  now?: () => number;
}

const NONE: Progress = { update: () => undefined, finish: () => undefined };

/** Why: a long run of a whole docs folder should show it is moving; a short one (one file) shows nothing. */
export function createProgress(opts: ProgressOptions): Progress {
  if (!opts.isTTY || opts.total < 2) return NONE;
  const now = opts.now ?? Date.now;
  const started = now();
  let drawn = -Infinity;
  let shown = false;
  return {
    update(done, findings) {
      const t = now();
      if (done < opts.total && t - drawn < 100) return;
      drawn = t;
      shown = true;
      opts.write(`\r\x1b[K${progressLine(done, opts.total, findings, t - started, opts.width ?? 80)}`);
    },
    finish() {
      if (shown) opts.write('\r\x1b[K');
    },
  };
}

/** Why: the line itself, testable without a terminal: "▕██████    ▏ 120/500 files · 37 findings · 3s left". */
export function progressLine(
  done: number,
  total: number,
  findings: number,
  elapsedMs: number,
  width: number,
): string {
  // No estimate from the first few files: they include the workers' start-up.
  const settled = done >= Math.max(3, total / 50);
  const left = settled && done < total ? Math.ceil(((elapsedMs / done) * (total - done)) / 1000) : null;
  const tail =
    ` ${done}/${total} files · ${findings} finding${findings === 1 ? '' : 's'}` +
    (left === null
      ? ''
      : ` · ${left < 60 ? `${left}s` : `${Math.floor(left / 60)}m${String(left % 60).padStart(2, '0')}s`} left`);
  const barWidth = Math.max(10, Math.min(30, width - tail.length - 3));
  const filled = Math.round((done / Math.max(1, total)) * barWidth);
  return `▕${'█'.repeat(filled)}${' '.repeat(barWidth - filled)}▏${tail}`;
}

/** Why: a reader waiting on slow registries sees that something happens, and how long it may still take. */
export function onlineProgressLine(done: number, total: number, msLeft: number): string {
  return `\r\x1b[Kclaimlens: checking online ${done}/${total} (imports and links), at most ${formatSeconds(Math.ceil(msLeft / 1000) * 1000)} left`;
}
