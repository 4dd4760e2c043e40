// .gitignore as git reads it: every .gitignore from the repository's top down to the file's folder (each one's
// patterns relative to its own folder), plus .git/info/exclude. The `ignore` package implements the pattern rules.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** Why: a docs folder's build output, drafts and vendored pages are not the team's articles. */
export type IgnoredByGit = (absolutePath: string) => boolean;

/** Why: the top of the repository holding `cwd` (a folder with .git), or `cwd` itself outside a repository. */
export function repositoryRoot(cwd: string): string {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (exists(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}

/** Why: one matcher per run; each folder's .gitignore is read once, when a file below it is first asked about. */
export function gitignoreMatcher(cwd: string): IgnoredByGit {
  const root = repositoryRoot(cwd);
  const rules = new Map<string, Ignore | null>();
  const rulesOf = (dir: string): Ignore | null => {
    if (!rules.has(dir)) {
      const lines = [read(join(dir, '.gitignore'))];
      if (dir === root) lines.push(read(join(root, '.git', 'info', 'exclude')));
      const text = lines.join('\n');
      rules.set(dir, text.trim() ? ignore().add(text) : null);
    }
    return rules.get(dir) ?? null;
  };
  return (path) => {
    const abs = resolve(path);
    const rel = relative(root, abs);
    if (!rel || rel.startsWith('..')) return false;
    const parts = rel.split(sep);
    // Every folder from the top down: a pattern in a/.gitignore applies to the path below a/, and a deeper
    // "!pattern" takes back what a higher one ignored.
    let ignored = false;
    for (let depth = 0; depth < parts.length; depth++) {
      const verdict = rulesOf(join(root, ...parts.slice(0, depth)))?.test(parts.slice(depth).join('/'));
      if (verdict?.ignored) ignored = true;
      else if (verdict?.unignored) ignored = false;
    }
    return ignored;
  };
}

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
