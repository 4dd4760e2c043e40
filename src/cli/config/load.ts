// Finds and reads the config file: upward from the working directory, YAML or JSON (both read by the `yaml` parser,
// which keeps every node's position), validated against ConfigSchema. Every problem names the file, line and column.
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import * as v from 'valibot';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { ConfigSchema, RULE_IDS, type Config } from './schema';

/** Why: the names looked for in each directory, in this order. */
export const CONFIG_FILES = ['.claimlens.yml', '.claimlens.yaml', 'claimlens.config.json'] as const;

/** Why: a bad config is exit 2 with one line a user can act on: `file:line:col: what is wrong`. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Why: the settings and where they came from (globs in them are relative to `dir`). */
export interface LoadedConfig {
  file: string | null;
  dir: string;
  config: Config;
}

/** Why: a team puts one config at the top of the docs repository and runs the tool from any folder below it. */
export async function findConfig(cwd: string): Promise<string | null> {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILES) {
      const file = join(dir, name);
      if (
        await stat(file).then(
          (s) => s.isFile(),
          () => false,
        )
      )
        return file;
    }
    if (dirname(dir) === dir) return null;
  }
}

/** Why: `--config FILE` wins; else the nearest config upward; else the defaults (an empty config). */
export async function loadConfig(cwd: string, explicit: string | null): Promise<LoadedConfig> {
  const file = explicit ? resolve(cwd, explicit) : await findConfig(cwd);
  if (!file) return { file: null, dir: resolve(cwd), config: {} };
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`cannot read config ${file}: ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
  return { file, dir: dirname(file), config: parseConfig(text, relative(cwd, file) || file) };
}

/** Why: the parse and the check in one place, so tests can feed text; throws ConfigError naming the line. */
export function parseConfig(text: string, file: string): Config {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true });
  const where = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  const syntax = doc.errors[0];
  if (syntax) {
    const message = syntax.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new ConfigError(`${where(syntax.pos[0])}: ${message}`);
  }
  const value: unknown = doc.toJS() ?? {};
  const result = v.safeParse(ConfigSchema, value);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = (issue.path ?? []).map((p) => p.key as string | number);
  const dotted = path.join('.') || '(top level)';
  const unknownKey = issue.type === 'strict_object' && issue.expected === 'never';
  const at = positionOf(doc, path, unknownKey);
  throw new ConfigError(`${at === null ? file : where(at)}: ${dotted}: ${explain(issue, path)}`);
}

// Valibot's issue in the words of a config file: what was expected, what was found.
function explain(issue: v.BaseIssue<unknown>, path: (string | number)[]): string {
  const key = String(path[path.length - 1]);
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    const hint = path[path.length - 2] === 'rules' ? `; the rules are: ${RULE_IDS.join(', ')}` : '';
    return `unknown key "${key}"${hint}`;
  }
  if (issue.received === 'undefined') return 'missing';
  if (issue.type === 'integer') return `expected a whole number, got ${issue.received}`;
  if (issue.expected === null || issue.type.endsWith('_value') || issue.type.endsWith('_length'))
    return issue.message.replace(/^Invalid [\w ]+: /, '').replace(/^./, (c) => c.toLowerCase());
  return `expected ${issue.expected.replace(/^\((.*)\)$/, '$1')}, got ${issue.received}`;
}

// The offset of the node at `path` (the key itself for a map entry), so the error points at what to fix.
function positionOf(doc: Document, path: (string | number)[], atKey: boolean): number | null {
  let node: unknown = doc.contents;
  let at: number | null = (node as Node | null)?.range?.[0] ?? null;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
      if (!pair) return at;
      at = (pair.key as Node).range?.[0] ?? at;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      at = (node as Node | undefined)?.range?.[0] ?? at;
    } else return at;
  }
  // A wrong value is pointed at itself; an unknown or misspelt key at the key.
  const leaf = (node as Node | null)?.range?.[0];
  return !atKey && isScalar(node) && leaf !== undefined ? leaf : at;
}
