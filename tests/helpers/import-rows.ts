// Test helpers for the import extractors: build a tiny article, read back compact rows.
import type { Article, Block } from '../../src/core/article';
import { extractImports, type ImportDraft } from '../../src/core/code/imports';
import { languageNamed } from '../../src/core/code/language';
import { FILL, maskCode } from '../../src/core/code/mask';

/** Why: tests describe articles as code strings (and optional prose), not as Block literals. */
export function article(...blocks: (string | [code: string, language: string | null] | Block)[]): Article {
  return {
    title: 'test',
    url: null,
    file: null,
    blocks: blocks.map((b) =>
      typeof b === 'string'
        ? { kind: 'paragraph', text: b, links: [] }
        : Array.isArray(b)
          ? { kind: 'code', text: b[0], links: [], language: b[1] }
          : b,
    ),
  };
}

/** Why: one row per import, short enough to read in a table: module, status, package, registry. */
export type Row = [
  module: string,
  status: ImportDraft['status'],
  pkg: string | null,
  registry: string | null,
];

/** Why: the rows of one code block in one language, as most table cases need. */
export function rows(code: string, language: string | null): Row[] {
  return extractImports(article([code, language])).map((d) => [d.module, d.status, d.package, d.registry]);
}

/** Why: mask tables read best with FILL shown as '~'; the syntax is the named language's own, the length kept. */
export function masked(code: string, language: string): string {
  const syntax = languageNamed(language)?.mask;
  const out = syntax ? maskCode(code, syntax) : code;
  if (out.length !== code.length) throw new Error(`masking changed the length of ${JSON.stringify(code)}`);
  return out.replaceAll(FILL, '~');
}
