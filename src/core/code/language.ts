// A code block's language: what its fence or class declared (aliases normalised), else a cheap guess.

const ALIASES: Record<string, string> = {
  py: 'python',
  py3: 'python',
  python3: 'python',
  ipython: 'python',
  ipython3: 'python',
  pycon: 'python',
  js: 'javascript',
  jsx: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  node: 'javascript',
  nodejs: 'javascript',
  es6: 'javascript',
  ecmascript: 'javascript',
  ts: 'typescript',
  tsx: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  golang: 'go',
  rs: 'rust',
  kt: 'kotlin',
  kts: 'kotlin',
  rb: 'ruby',
  gemfile: 'ruby',
  php3: 'php',
  php4: 'php',
  php5: 'php',
  php7: 'php',
  php8: 'php',
  htm: 'html',
  xhtml: 'html',
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
  return ALIASES[name] ?? name;
}

type Signal = [RegExp, number];

// Cheap signals per language; each counts once. Weights: 3 is near-proof, 1 is a hint.
const SIGNALS: Record<string, Signal[]> = {
  python: [
    [/^[ \t]*(?:>>> )?from[ \t]+\.*[\w.]*[ \t]+import[ \t]+[\w*(]/m, 3],
    [
      /^[ \t]*(?:>>> )?import[ \t]+[\w.]+(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[\w.]+(?:[ \t]+as[ \t]+\w+)?)*[ \t]*$/m,
      2,
    ],
    // `import numpy as np`: lower-case module with an alias (Kotlin aliases end in a Class; Swift has none).
    [/^[ \t]*(?:>>> )?import[ \t]+[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*[ \t]+as[ \t]+\w+[ \t]*$/m, 1],
    [/^[ \t]*(?:async[ \t]+)?def[ \t]+\w+[ \t]*\([^\n]*\)[ \t]*(?:->[^:\n]+)?:[ \t]*(?:#.*)?$/m, 3],
    [/^[ \t]*class[ \t]+\w+(?:\([^)\n]*\))?:[ \t]*$/m, 3],
    [/\bif[ \t]+__name__[ \t]*==/, 3],
    [/^[ \t]*(?:elif\b[^\n]*|else|try|finally|except\b[^\n]*):[ \t]*$/m, 2],
    [/\bself\.\w/, 1],
    [/\bprint\(/, 1],
    [/\b(?:True|False|None)\b/, 1],
  ],
  javascript: [
    [/^[ \t]*import[ \t]+[\w$*{},\s]{1,300}?[ \t]+from[ \t]*['"][^'"\n]+['"]/m, 3],
    [/^[ \t]*import[ \t]*'[^'\n]+';?[ \t]*$/m, 2],
    [/\brequire\(\s*['"`][^'"`\n]+['"`]\s*\)/, 2],
    [/\b(?:const|var)[ \t]+[\w$]+[ \t]*=/, 2],
    [/\blet[ \t]+[\w$]+[ \t]*=/, 1],
    [/=>/, 1],
    [/\bfunction\b[ \t]*[\w$]*[ \t]*\(/, 2],
    [/\bconsole\.\w+\(/, 3],
    [/\bexport[ \t]+(?:default|const|function|class|async|\{)/, 3],
    [/\bmodule\.exports\b/, 3],
    [/\b(?:document|window)\.\w/, 2],
  ],
  go: [
    [/^package[ \t]+\w+[ \t]*$/m, 3],
    [/^import[ \t]*(?:\([ \t]*$|"[^"\n]+"[ \t]*$)/m, 3],
    [/\bfunc[ \t]+(?:\([^)\n]*\)[ \t]*)?\w+[ \t]*\(/, 3],
    [/:=/, 2],
    [/\bfmt\.\w+\(/, 3],
    [/\berr[ \t]*!=[ \t]*nil\b/, 3],
  ],
  rust: [
    [/\bfn[ \t]+\w+[ \t]*(?:<[^>\n]*>)?[ \t]*\(/, 3],
    [/\blet[ \t]+mut\b/, 3],
    [/^[ \t]*(?:pub[ \t]+)?use[ \t]+(?:::)?\w+::/m, 3],
    [/\b(?:println|format|vec|panic|assert_eq|assert)!\s*[([]/, 3],
    [/\bimpl\b(?:<[^>\n]*>)?[ \t]+\w+/, 2],
    [/#\[derive\(/, 3],
    [/&(?:mut[ \t]+)?self\b/, 3],
  ],
  java: [
    [/^[ \t]*import[ \t]+(?:static[ \t]+)?[\w.]+(?:\.\*)?;[ \t]*$/m, 3],
    [/^package[ \t]+[\w.]+;/m, 3],
    [
      /\b(?:public|private|protected)[ \t]+(?:static[ \t]+)?(?:final[ \t]+)?(?:class|interface|enum|void|[A-Z]\w*(?:<[^>\n]*>)?)[ \t]/,
      3,
    ],
    [/\bSystem\.out\.print/, 3],
    [/@Override\b/, 2],
  ],
  kotlin: [
    [/\bfun[ \t]+(?:<[^>\n]*>[ \t]*)?[\w.]+[ \t]*\(/, 3],
    [/\bval[ \t]+\w+[ \t]*[:=]/, 2],
  ],
  ruby: [
    [/^[ \t]*require(?:_relative)?[ \t]+['"][^'"\n]+['"][ \t]*$/m, 3],
    [/^[ \t]*def[ \t]+[\w.?!]+(?:\([^\n]*\))?[ \t]*$/m, 2],
    [/^[ \t]*end[ \t]*$/m, 2],
    [/\bdo[ \t]*\|[^|\n]*\|/, 3],
    [/^[ \t]*puts[ \t]/m, 2],
    [/\battr_(?:accessor|reader|writer)\b/, 3],
    [/^[ \t]*(?:module|class)[ \t]+[A-Z][\w:]*(?:[ \t]*<[ \t]*[A-Z][\w:]*)?[ \t]*$/m, 2],
  ],
  php: [
    [/<\?php/, 5],
    [/\$[a-zA-Z_]\w*[ \t]*=(?![=>])/, 2],
    [/\$this->/, 3],
    [/^[ \t]*namespace[ \t]+[\w\\]+;/m, 3],
    [/^[ \t]*use[ \t]+\w+\\[\w\\]+/m, 3],
  ],
  html: [
    [/<!doctype html|<html[\s>]/i, 5],
    [/<(?:div|script|head|body|span|link|meta)\b[^>\n]*>/i, 2],
  ],
};

const TS_SIGNALS: Signal[] = [
  [/:[ \t]*(?:string|number|boolean|void|unknown|never)\b/, 2],
  [/^[ \t]*(?:export[ \t]+)?interface[ \t]+\w+(?:<[^>\n]*>)?[ \t]*(?:extends[^{\n]*)?\{/m, 2],
  [/^[ \t]*(?:export[ \t]+)?type[ \t]+\w+(?:<[^>\n]*>)?[ \t]*=/m, 2],
  [/\bimport[ \t]+type\b/, 3],
  [/\bas[ \t]+const\b/, 3],
];

// Lines a terminal session is made of; a block mostly of these is shell, which has no imports.
const SHELL_LINE =
  /^[ \t]*(?:\$ |> |sudo |pip3? install|python3? -m |npm |npx |yarn |pnpm |apt(?:-get)? |brew |curl |wget |cd |ls\b|export [A-Z_]+=|git |docker |kubectl |cargo |go (?:get|install|run|mod|build) |gem install|composer |mkdir |chmod |source |echo )/;

// Guesses run on the first 20 kB only: signals sit at the top, and a guess must stay cheap on huge blocks.
const GUESS_WINDOW = 20_000;

/** Why: many posts fence code without a language; a wrong guess costs a false "missing package", so it is strict. */
export function guessLanguage(code: string): string | null {
  const text = code.slice(0, GUESS_WINDOW);
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0) return null;
  if (lines.filter((l) => SHELL_LINE.test(l)).length * 2 >= lines.length) return null;
  const symbols = text.match(/[{}()[\];=<>:$]/g)?.length ?? 0;
  if (symbols / text.length < 0.01 && !/^[ \t]*(?:import|from|require|use|package)\b/m.test(text))
    return null;
  const scores = Object.entries(SIGNALS)
    .map(([lang, signals]) => [lang, score(text, signals)] as const)
    .sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  if (!best || best[1] < 3 || (second && second[1] >= best[1])) return null;
  if (best[0] === 'javascript' && score(text, TS_SIGNALS) >= 2) return 'typescript';
  return best[0];
}

function score(text: string, signals: Signal[]): number {
  let total = 0;
  for (const [re, weight] of signals) if (re.test(text)) total += weight;
  return total;
}

/** Why: the declared language wins; only a block that declares nothing is guessed. */
export function detectLanguage(code: string, declared?: string | null): string | null {
  return normalizeLanguage(declared) ?? guessLanguage(code);
}
