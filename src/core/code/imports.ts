// Code-block imports: each code block's language, its imports with their lines, and what each import is
// before any network check (builtin, local, or unknown and "not verified" for the verify layer to settle).
// The driver is generic: what each language's imports look like and mean is in languages/<language>.ts.
import type { Article, Block } from '../article';
import type { ImportRef } from '../report';
import { detectLanguage, languageNamed, normalizeLanguage } from './language';
import { LANGUAGES } from './languages/index';
import { collectLocalNames } from './local';
import { lineLocator, maskCode } from './mask';
import type { LocalNames } from './types';

export { detectLanguage } from './language';
export { NOT_VERIFIED } from './types';

/** Why: the core drafts imports; the report builder gives them ids. */
export type ImportDraft = Omit<ImportRef, 'id'>;

// A piece of code inside a block: a code block's text, or a fence that was never rendered inside prose.
interface CodeUnit {
  code: string;
  declared: string | null;
  /** Offset of `code` in the block text. */
  offset: number;
  /** The fence's content had no newlines (HTML collapsed them): every import is on the fence's line. */
  flat: boolean;
}

const FENCE_LINE = /^[ \t]*(```+|~~~+)[ \t]*([^\n`]*)$/gm;
const LITERAL_FENCE = /(```+|~~~+)/g;
// Where statements begin in code whose newlines were lost; splitting there ends `#` and `//` comments.
const STATEMENT_START =
  /[ \t]+(?=(?:(?<!\bfrom[ \t]+[\w.]+[ \t]+)import|from[ \t]+\.*[\w.]+[ \t]+import|export|const|let|var|require|use|package|extern|namespace|def|class|fn|func)\b)/g;

/** Why: the single entry point; one ImportDraft per distinct module per block, in block and line order. */
export function extractImports(article: Article): ImportDraft[] {
  const out: ImportDraft[] = [];
  let local: LocalNames | null = null;
  article.blocks.forEach((block, index) => {
    const units = codeUnits(block);
    if (units.length === 0) return;
    local ??= collectLocalNames(article, LANGUAGES);
    const seen = new Set<string>();
    const lineOf = lineLocator(block.text);
    for (const unit of units) {
      extractUnit(unit, local, (draft) => {
        if (seen.has(draft.module)) return;
        seen.add(draft.module);
        out.push({ ...draft, line: lineOf(draft.line), block: index });
      });
    }
  });
  return out;
}

// Emits drafts whose `line` is still an offset into the block text; the caller turns it into a line.
function extractUnit(unit: CodeUnit, local: LocalNames, emit: (d: ImportDraft) => void): void {
  const code = unit.flat ? unit.code.replace(STATEMENT_START, '\n') : unit.code;
  const named = languageNamed(detectLanguage(code, unit.declared));
  if (!named) return;
  const { language } = named;
  const masked = named.mask ? maskCode(code, named.mask) : code;
  for (const found of language.extract(masked, code).sort((a, b) => a.offset - b.offset)) {
    if (!found.module) continue;
    emit({
      language: named.name,
      module: found.module,
      ...language.classify(found, local),
      line: unit.offset + (unit.flat ? 0 : found.offset),
      block: 0,
    });
  }
}

function codeUnits(block: Block): CodeUnit[] {
  const text = block.text;
  if (block.kind === 'code') return [codeBlockUnit(text, block.language ?? null)];
  if (!text.includes('```') && !text.includes('~~~')) return [];
  return literalFences(text);
}

// A code block whose text still carries its fence lines (markdown inside <pre>): blank them, keep the info.
function codeBlockUnit(text: string, language: string | null): CodeUnit {
  let declared = language;
  const code = text.replace(FENCE_LINE, (line, _fence: string, info: string) => {
    if (!declared && info.trim()) declared = info.trim();
    return ' '.repeat(line.length);
  });
  return { code, declared, offset: 0, flat: false };
}

// Fences written in prose that no renderer turned into code: "```python from x import y ```".
function literalFences(text: string): CodeUnit[] {
  const units: CodeUnit[] = [];
  const marks = [...text.matchAll(LITERAL_FENCE)];
  for (let k = 0; k < marks.length; k += 2) {
    const open = marks[k] as RegExpExecArray;
    const start = (open.index ?? 0) + open[0].length;
    const end = marks[k + 1]?.index ?? text.length;
    const body = text.slice(start, end);
    const newline = body.indexOf('\n');
    if (newline >= 0 && body.slice(newline + 1).trim()) {
      const info = body.slice(0, newline).trim();
      units.push({
        code: body.slice(newline + 1),
        declared: info || null,
        offset: start + newline + 1,
        flat: false,
      });
      continue;
    }
    // Flattened: the first word is the language only when it names one.
    const word = /^[ \t]*([\w+#.-]+)/.exec(body);
    const named = word && languageNamed(normalizeLanguage(word[1])) ? word : null;
    const skip = named ? named[0].length : 0;
    units.push({
      code: body.slice(skip),
      declared: named ? (named[1] as string) : null,
      offset: start + skip,
      flat: true,
    });
  }
  return units;
}
