// What the user named, turned into the files and URLs to check: paths, folders (recursed into for articles),
// globs (expanded here, so a quoted glob works on every shell, Windows' included) and URLs. Folders and globs skip
// what .gitignore and the config's `ignore` exclude; a file named outright is skipped only by the config.
import { stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { gitignoreMatcher } from './gitignore';

/** Why: the extensions a folder is searched for. */
export const ARTICLE_EXTENSIONS = ['.md', '.markdown', '.mdx', '.html', '.htm'] as const;

/** Why: one thing to check: a file (absolute path and how the user sees it) or a URL. */
export type Target = { kind: 'file'; path: string; display: string } | { kind: 'url'; url: string };

/** Why: what expansion needs from the run: where relative paths start, and the config's ignore rule. */
export interface ExpandOptions {
  cwd: string;
  /** True for a file the config's `ignore` globs exclude (absolute path in). */
  ignored: (absolutePath: string) => boolean;
}

/** Why: targets in a stable order, each once; what matched nothing is an error line, what was ignored a count. */
export interface Expanded {
  targets: Target[];
  errors: string[];
  ignored: number;
}

const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];
const ARTICLE_GLOB = `**/*.{${ARTICLE_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;

/** Why: the many-inputs front door of `claimlens check`. */
export async function expandInputs(inputs: readonly string[], opts: ExpandOptions): Promise<Expanded> {
  const byGit = gitignoreMatcher(opts.cwd);
  const seen = new Set<string>();
  const out: Expanded = { targets: [], errors: [], ignored: 0 };
  const addFile = (path: string, filtered: boolean) => {
    if (seen.has(path)) return;
    seen.add(path);
    if (opts.ignored(path) || (filtered && byGit(path))) out.ignored++;
    else out.targets.push({ kind: 'file', path, display: displayPath(path, opts.cwd) });
  };
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      if (!seen.has(input)) out.targets.push({ kind: 'url', url: input });
      seen.add(input);
      continue;
    }
    const path = resolve(opts.cwd, input);
    const info = await stat(path).catch(() => null);
    if (info?.isFile()) addFile(path, false);
    else if (info?.isDirectory()) {
      const found = await search([ARTICLE_GLOB], path);
      if (found.length === 0) out.errors.push(`no articles (${ARTICLE_EXTENSIONS.join(' ')}) in ${input}`);
      for (const f of found) addFile(f, true);
    } else if (isDynamicPattern(input)) {
      // "docs/**" means the articles under docs/; "notes/*.txt" means exactly those files.
      const explicitExtension = /\.[\w{},]+$/.test(input.split('/').pop() ?? '');
      const found = (await search([input], opts.cwd)).filter(
        (f) =>
          explicitExtension || (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(f).toLowerCase()),
      );
      if (found.length === 0) out.errors.push(`no files match ${input}`);
      for (const f of found) addFile(f, true);
    } else out.errors.push(`cannot read ${input}: no such file`);
  }
  return out;
}

async function search(patterns: string[], cwd: string): Promise<string[]> {
  const found = await glob(patterns, {
    cwd,
    absolute: true,
    onlyFiles: true,
    dot: false,
    followSymbolicLinks: false,
    ignore: ALWAYS_SKIPPED,
    expandDirectories: false,
  });
  return found.map((f) => resolve(f)).sort();
}

/** Why: reports, annotations and baselines name files the way the user sees them: relative, with "/". */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : path;
}
