// Property-based hardening of the adapters and the core: any string, any HTML tree and any Markdown give a report
// that validates against the shipped schema, whose size is linear in the input, and the exports stay well-formed.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeHtml, analyzeMarkdown } from '../../src/node/index';
import { exportReport } from '../../src/export/index';
import { proseVerdict } from '../../src/core/prose';
import { articleFromMarkdown } from '../../src/node/index';
import type { Report } from '../../src/core/report';
import { validateReport } from '../helpers/schema';

// The report of any input is valid and at most linear in it (a constant per input character, plus a floor).
function holds(report: Report, inputLength: number): void {
  expect(validateReport(report)).toEqual([]);
  expect(JSON.stringify(report).length).toBeLessThanOrEqual(20_000 + 400 * inputLength);
}

const RUNS = { numRuns: 150 };

// Words that make claims, citations, links and code likely, mixed with anything at all.
const word = fc.oneof(
  fc.constantFrom(
    '40%',
    '12x',
    '$3.5M',
    '99.9%',
    'the fastest',
    'studies show',
    '(Smith, 2019)',
    '[1]',
    '(link)',
    'up to',
    'latency',
    '<50ms',
    'sub-millisecond',
    'million users',
    'Source:',
    'according to',
    '\u202e',
    '\u0000',
    '😀',
  ),
  fc.string({ maxLength: 12 }),
  fc.stringMatching(/^[a-z]{1,10}$/),
);
const sentence = fc.array(word, { maxLength: 25 }).map((w) => w.join(' '));

test('any string, read as Markdown', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 2000, unit: 'binary' }), (s) =>
      holds(analyzeMarkdown(s, { nlp: false }), s.length),
    ),
    RUNS,
  );
});

test('any string, read as HTML', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 2000, unit: 'binary' }), (s) =>
      holds(analyzeHtml(s, { nlp: false }), s.length),
    ),
    RUNS,
  );
});

// Markdown built from its block syntax: headings, paragraphs, lists, quotes, tables, fences, links, footnotes.
const markdownBlock = fc.oneof(
  sentence.map((s) => `# ${s}`),
  sentence,
  fc.array(sentence, { maxLength: 5 }).map((items) => items.map((i) => `- ${i}`).join('\n')),
  sentence.map((s) => `> ${s}`),
  fc
    .array(fc.array(word, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 })
    .map((rows) =>
      [
        `| ${rows[0]!.map(() => 'h').join(' | ')} |`,
        `|${rows[0]!.map(() => '---').join('|')}|`,
        ...rows.map((r) => `| ${r.join(' | ')} |`),
      ].join('\n'),
    ),
  fc
    .tuple(
      fc.constantFrom('python', 'js', 'go', 'rust', ''),
      fc.array(
        fc.constantFrom(
          'import numpy',
          'import fake_pkg_zz',
          'const x = require("left-pad")',
          'from x import y',
          'let x = { a: [1, 2] };',
        ),
        { maxLength: 6 },
      ),
    )
    .map(([lang, lines]) => `\`\`\`${lang}\n${lines.join('\n')}\n\`\`\``),
  fc.tuple(sentence, fc.webUrl()).map(([s, u]) => `${s} [see](${u}) and [^1].\n\n[^1]: ${s}`),
);

test('any Markdown document', () => {
  fc.assert(
    fc.property(fc.array(markdownBlock, { maxLength: 12 }), (blocks) => {
      const md = blocks.join('\n\n');
      holds(analyzeMarkdown(md, { nlp: false }), md.length);
    }),
    RUNS,
  );
});

// An HTML tree of arbitrary nesting from the elements the adapter treats specially.
const TAGS = [
  'div',
  'p',
  'span',
  'article',
  'main',
  'nav',
  'aside',
  'table',
  'tr',
  'td',
  'th',
  'ul',
  'li',
  'pre',
  'code',
  'sup',
  'a',
  'h1',
  'h2',
  'script',
  'style',
  'template',
  'blockquote',
  'figure',
  'figcaption',
  'br',
  'section',
];
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    sentence.map((s) => s.replace(/[<&]/g, ' ')),
    fc
      .tuple(
        fc.constantFrom(...TAGS),
        fc.constantFrom(
          '',
          ' hidden',
          ' href="https://example.org/x"',
          ' href="#"',
          ' class="post-content"',
          ' role="main"',
          ' style="display:none"',
        ),
        fc.array(tie('tree'), { maxLength: 4 }),
      )
      .map(([tag, attrs, kids]) => `<${tag}${attrs}>${(kids as string[]).join('')}</${tag}>`),
  ),
}));

test('any HTML tree', () => {
  fc.assert(
    fc.property(tree as fc.Arbitrary<string>, (body) => {
      const html = `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;
      holds(analyzeHtml(html, { nlp: false }), html.length);
    }),
    RUNS,
  );
});

describe('every export of any report is produced without an error', () => {
  test.each(['md', 'json', 'csv', 'html', 'annotation'] as const)('%s', (format) => {
    fc.assert(
      fc.property(fc.array(markdownBlock, { maxLength: 6 }), (blocks) => {
        const body = exportReport(analyzeMarkdown(blocks.join('\n\n'), { nlp: false }), format).body;
        expect(body).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      }),
      { numRuns: 40 },
    );
  });
});

const ENGLISH = (
  'the of and to in is that it for was on are with as his they be at one have this from by hot word but what some ' +
  'we can out other were all there when up use your how said an each she which do their time if will way about ' +
  'many then them write would like so these her long make thing see him two has look more day could go come did ' +
  'number sound no most people my over know water than call first who may down side been now find'
).split(' ');

test('the prose gate never throws, and never refuses text made of words', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...ENGLISH, '40%', '3x', '(2019)'), { minLength: 60, maxLength: 300 }),
      (words) => {
        expect(proseVerdict(articleFromMarkdown(`${words.join(' ')}.`))).toEqual({ prose: true });
      },
    ),
    RUNS,
  );
  fc.assert(
    fc.property(
      fc.string({ maxLength: 3000, unit: 'binary' }),
      (s) => void proseVerdict(articleFromMarkdown(s)),
    ),
    RUNS,
  );
});
