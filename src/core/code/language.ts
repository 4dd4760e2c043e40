// A code block's language: what its fence or class declared (aliases normalised), else a cheap guess. The names,
// aliases and signals come from the import languages' files (languages/index.ts); this is the generic part.
import { LANGUAGES } from './languages/index';
import type { MaskSyntax } from './mask';
import type { Language, Signal } from './types';

// Fence labels of languages without imports: a block declared as one is never guessed, and never extracted.
const OTHER_ALIASES: Record<string, string> = {
  sh: 'shell',
  bash: 'shell',
  zsh: 'shell',
  console: 'shell',
  terminal: 'shell',
  shellsession: 'shell',
  'shell-session': 'shell',
  cs: 'csharp',
  'c#': 'csharp',
  'c++': 'cpp',
  cc: 'cpp',
  cxx: 'cpp',
  hpp: 'cpp',
  yml: 'yaml',
  md: 'markdown',
};

/** Why: a language name the report uses, with the file that handles it and the masking that name needs. */
export interface NamedLanguage {
  name: string;
  language: Language;
  mask?: MaskSyntax;
}

// Every name (languages and their dialects) and every alias, from the list.
const NAMED = new Map<string, NamedLanguage>();
const ALIASES = new Map<string, string>(Object.entries(OTHER_ALIASES));
for (const language of LANGUAGES) {
  for (const d of [language, ...(language.dialects ?? [])]) {
    NAMED.set(d.name, { name: d.name, language, mask: d.mask ?? language.mask });
    for (const alias of d.aliases ?? []) ALIASES.set(alias, d.name);
  }
}

/** Why: the extractors look a normalised name up here; undefined for languages without import support. */
export function languageNamed(name: string | null | undefined): NamedLanguage | undefined {
  return name ? NAMED.get(name) : undefined;
}

// Fence infos that declare nothing: the block is guessed like an undeclared one.
const UNDECLARED = new Set([
  '',
  'text',
  'txt',
  'plain',
  'plaintext',
  'none',
  'nohighlight',
  'output',
  'code',
]);

/** Why: fences say "py", classes say "language-js"; the extractors and the report want one name per language. */
export function normalizeLanguage(declared: string | null | undefined): string | null {
  if (!declared) return null;
  const token = /^[\w+#.-]+/.exec(
    declared
      .trim()
      .toLowerCase()
      .replace(/^\{?\.?/, '')
      .replace(/^(?:language|lang)-/, ''),
  );
  const name = token ? token[0].replace(/^\.+|\.+$/g, '') : '';
  if (UNDECLARED.has(name)) return null;
  return ALIASES.get(name) ?? name;
}

// What a guess weighs: each language's and competing dialect's signals, and the dialects that refine a winner.
interface Candidate {
  name: string;
  signals: readonly Signal[];
  refinements: { name: string; signals: readonly Signal[] }[];
}

function candidatesOf(languages: readonly Language[]): Candidate[] {
  return languages.flatMap((language) => {
    const dialects = language.dialects ?? [];
    const refinements = dialects.flatMap((d) => (d.refines ? [{ name: d.name, signals: d.refines }] : []));
    return [
      { name: language.name, signals: language.signals, refinements },
      ...dialects.flatMap((d) => (d.signals ? [{ name: d.name, signals: d.signals, refinements: [] }] : [])),
    ];
  });
}

const CANDIDATES = candidatesOf(LANGUAGES);

// Lines a terminal session is made of; a block mostly of these is shell, which has no imports.
const SHELL_LINE =
  /^[ \t]*(?:\$ |> |sudo |pip3? install|python3? -m |npm |npx |yarn |pnpm |apt(?:-get)? |brew |curl |wget |cd |ls\b|export [A-Z_]+=|git |docker |kubectl |cargo |go (?:get|install|run|mod|build) |gem install|composer |mkdir |chmod |source |echo )/;

// A dialect's refining signals are weighted 2 or more: one of them is enough.
const REFINED = 2;

// Guesses run on the first 20 kB only: signals sit at the top, and a guess must stay cheap on huge blocks.
const GUESS_WINDOW = 20_000;

/** Why: many posts fence code without a language; a wrong guess costs a false "missing package", so it is strict. */
export function guessLanguage(code: string, languages?: readonly Language[]): string | null {
  const text = code.slice(0, GUESS_WINDOW);
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0) return null;
  if (lines.filter((l) => SHELL_LINE.test(l)).length * 2 >= lines.length) return null;
  const symbols = text.match(/[{}()[\];=<>:$]/g)?.length ?? 0;
  if (symbols / text.length < 0.01 && !/^[ \t]*(?:import|from|require|use|package)\b/m.test(text))
    return null;
  const scores = (languages ? candidatesOf(languages) : CANDIDATES)
    .map((candidate) => [candidate, score(text, candidate.signals)] as const)
    .sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  if (!best || best[1] < 3 || (second && second[1] >= best[1])) return null;
  const refined = best[0].refinements.find((r) => score(text, r.signals) >= REFINED);
  return refined ? refined.name : best[0].name;
}

function score(text: string, signals: readonly Signal[]): number {
  let total = 0;
  for (const [re, weight] of signals) if (re.test(text)) total += weight;
  return total;
}

/** Why: the declared language wins; only a block that declares nothing is guessed. */
export function detectLanguage(code: string, declared?: string | null): string | null {
  return normalizeLanguage(declared) ?? guessLanguage(code);
}
