// The reader's labels for one article (tests/reader/<slug>/reader.json): their types, and a parser that says
// exactly which field is wrong, so a typo in a hand-written file is a one-line fix rather than a silent 0%.

/** Why: the measures differ by kind (HIGH findings per well-sourced article is a noise budget). */
export type ArticleKind = 'vendor' | 'well-sourced' | 'code';

/** Why: one scale for severity and check-worthiness, the same words as the Report's severities. */
export type Level = 'high' | 'medium' | 'low';

/** Why: some page-visible text is not in the article body the adapters return (YAML a theme renders) and some is
 * text a tool must never read (site chrome); the fixture test checks each against the right source. */
export type Where = 'body' | 'front-matter' | 'page-chrome' | 'markup';

/** Why: a span a careful reader wants questioned, with the severity they would give it. */
export interface FlagItem {
  text: string;
  sentence: string;
  why: string;
  worth: Level;
  severity: Level;
  support: 'unsupported' | 'cited-unlinked';
  where?: Where;
}

/** Why: a span a naive number-flagger would report and a reader would not; `linked` marks backed claims. */
export interface QuietItem {
  text: string;
  sentence: string;
  why: string;
  linked?: boolean;
  where?: Where;
}

/** Why: placeholder or missing links and draft leftovers are findings a reader must see, not claims. */
export interface PlaceholderItem {
  text: string;
  sentence: string;
  where?: Where;
}

/** Why: an import is judged by whether its package exists; `local` marks app aliases and relative paths. */
export interface ImportItem {
  module: string;
  language: string;
  exists: boolean;
  local?: boolean;
}

/** Why: the whole of one reader.json. */
export interface ReaderLabels {
  title: string;
  kind: ArticleKind;
  genre: string;
  notes: string;
  must_flag: FlagItem[];
  must_not_flag: QuietItem[];
  placeholders: PlaceholderItem[];
  imports: ImportItem[];
}

/** Why: callers (the CLI, the fixture test) tell a bad label file from a bug and print its one-line message. */
export class ReaderFileError extends Error {
  override name = 'ReaderFileError';
}

const KINDS = ['vendor', 'well-sourced', 'code'] as const;
const LEVELS = ['high', 'medium', 'low'] as const;
const SUPPORTS = ['unsupported', 'cited-unlinked'] as const;
const WHERES = ['body', 'front-matter', 'page-chrome', 'markup'] as const;

type Obj = Record<string, unknown>;

// Each reader below names the path of what it reads ("must_flag[2].severity"), so every error says where to look.
function fail(file: string, path: string, expected: string, got: unknown): never {
  const shown = got === undefined ? 'nothing' : JSON.stringify(got);
  throw new ReaderFileError(`${file}: ${path} must be ${expected} (got ${shown})`);
}

function object(file: string, path: string, v: unknown): Obj {
  if (!v || typeof v !== 'object' || Array.isArray(v)) fail(file, path, 'an object', v);
  return v as Obj;
}

function text(file: string, path: string, v: unknown): string {
  if (typeof v !== 'string' || !v.trim()) fail(file, path, 'a non-empty string', v);
  return v as string;
}

function oneOf<T extends string>(file: string, path: string, v: unknown, allowed: readonly T[]): T {
  if (!allowed.includes(v as T)) fail(file, path, `one of ${allowed.join(', ')}`, v);
  return v as T;
}

function optionalBool(file: string, path: string, v: unknown): boolean | undefined {
  if (v !== undefined && typeof v !== 'boolean') fail(file, path, 'true or false when present', v);
  return v as boolean | undefined;
}

function list<T>(file: string, path: string, v: unknown, each: (o: Obj, at: string) => T): T[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) fail(file, path, 'an array', v);
  return (v as unknown[]).map((item, i) => each(object(file, `${path}[${i}]`, item), `${path}[${i}]`));
}

function where(file: string, at: string, o: Obj): Where | undefined {
  return o.where === undefined ? undefined : oneOf(file, `${at}.where`, o.where, WHERES);
}

/** Why: one validated shape for the scorer and the fixture test; throws ReaderFileError naming file and field. */
export function parseReaderLabels(json: unknown, file: string): ReaderLabels {
  const o = object(file, 'the file', json);
  return {
    title: text(file, 'title', o.title),
    kind: oneOf(file, 'kind', o.kind, KINDS),
    genre: text(file, 'genre', o.genre),
    notes: text(file, 'notes', o.notes),
    must_flag: list(file, 'must_flag', o.must_flag, (m, at) => ({
      text: text(file, `${at}.text`, m.text),
      sentence: text(file, `${at}.sentence`, m.sentence),
      why: text(file, `${at}.why`, m.why),
      worth: oneOf(file, `${at}.worth`, m.worth, LEVELS),
      severity: oneOf(file, `${at}.severity`, m.severity, LEVELS),
      support: oneOf(file, `${at}.support`, m.support, SUPPORTS),
      where: where(file, at, m),
    })),
    must_not_flag: list(file, 'must_not_flag', o.must_not_flag, (m, at) => ({
      text: text(file, `${at}.text`, m.text),
      sentence: text(file, `${at}.sentence`, m.sentence),
      why: text(file, `${at}.why`, m.why),
      linked: optionalBool(file, `${at}.linked`, m.linked),
      where: where(file, at, m),
    })),
    placeholders: list(file, 'placeholders', o.placeholders, (m, at) => ({
      text: text(file, `${at}.text`, m.text),
      sentence: text(file, `${at}.sentence`, m.sentence),
      where: where(file, at, m),
    })),
    imports: list(file, 'imports', o.imports, (m, at) => {
      if (typeof m.exists !== 'boolean') fail(file, `${at}.exists`, 'true or false', m.exists);
      return {
        module: text(file, `${at}.module`, m.module),
        language: text(file, `${at}.language`, m.language),
        exists: m.exists as boolean,
        local: optionalBool(file, `${at}.local`, m.local),
      };
    }),
  };
}

/** Why: reader.json is hand-written; a JSON syntax error must name the file, not just "Unexpected token". */
export function parseReaderJson(source: string, file: string): ReaderLabels {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (e) {
    throw new ReaderFileError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  return parseReaderLabels(json, file);
}
