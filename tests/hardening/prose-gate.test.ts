// The prose gate: every saved article is prose; random bytes, base64, hex, minified code and number dumps are not,
// each with the reason the CLI and the extension show.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { articleFromHtml, articleFromMarkdown } from '../../src/node/index';
import { MIN_JUDGED_CHARS, proseVerdict } from '../../src/core/prose';
import { CLI_INPUTS, linkParagraph, longParagraph, seededBytes } from './inputs';

const root = new URL('../../', import.meta.url);
const articleOf = (path: string) => {
  const text = readFileSync(new URL(path, root), 'utf8');
  return path.endsWith('.html') ? articleFromHtml(text) : articleFromMarkdown(text);
};

const saved: string[] = ['samples/sample-post.md', 'README.md'];
for (const dir of ['tests/fixtures', 'tests/reader'])
  for (const c of readdirSync(new URL(dir, root)))
    for (const f of ['source.md', 'source.html'])
      if (existsSync(new URL(`${dir}/${c}/${f}`, root))) saved.push(`${dir}/${c}/${f}`);
for (const f of readdirSync(new URL('tests/e2e/pages', root))) saved.push(`tests/e2e/pages/${f}`);

test.each(saved)('%s is prose', (path) => {
  expect(proseVerdict(articleOf(path))).toEqual({ prose: true });
});

describe('text in other languages and scripts is prose', () => {
  test.each([
    [
      'German',
      'Die Rechenzentren verbrauchen heute etwa 40 % weniger Energie als vor fünf Jahren, sagt die Studie. ',
    ],
    ['Chinese', '数据中心的能耗在过去五年中下降了百分之四十，这是根据国际能源署的报告得出的结论。'],
    ['Japanese', 'データセンターの消費電力は五年前と比べて四割減ったと報告書は述べている。'],
    ['Russian', 'Центры обработки данных потребляют на 40% меньше энергии, чем пять лет назад. '],
    [
      'Polish',
      'Przez pięć lat zużycie energii w centrach danych spadło o czterdzieści procent, mówi raport. ',
    ],
    ['link dump', linkParagraph(50)],
    ['long paragraph', longParagraph(20_000)],
  ])('%s', (_name, text) => {
    expect(proseVerdict(articleFromMarkdown(text.repeat(Math.ceil(2000 / text.length))))).toEqual({
      prose: true,
    });
  });
});

describe('text that is not prose is refused with a reason', () => {
  const refused = CLI_INPUTS.filter((c) => c.refused && !c.file.endsWith('.bin'));
  test.each(refused.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const made = c.make();
    const verdict = proseVerdict(
      articleFromMarkdown(typeof made === 'string' ? made : made.toString('utf8')),
    );
    expect(verdict.prose).toBe(false);
    const reason = (verdict as { reason: string }).reason;
    expect(c.refused!.source).toContain(reason.split(' (')[0]!.replace(/[()]/g, '\\$&'));
  });

  test.each([
    ['hex dump', seededBytes(40_000).toString('hex').replace(/../g, '$& '), /mostly numbers and symbols/],
    ['consonant soup', 'xkcd qwrt zxcv bnmp lkjh gfds '.repeat(40), /letters that do not form words/],
    ['random bytes read as Latin-1', seededBytes(50_000).toString('latin1'), /binary or garbled text/],
  ])('%s', (_name, text, reason) => {
    const verdict = proseVerdict(articleFromMarkdown(text));
    expect(verdict).toEqual({ prose: false, reason: expect.stringMatching(reason) });
  });
});

test('too little text to judge is let through (the "no text" check speaks for it)', () => {
  expect(proseVerdict(articleFromMarkdown('1 '.repeat(MIN_JUDGED_CHARS - 1)))).toEqual({ prose: true });
});

test('code blocks are not held to it', () => {
  const code = '```js\n' + 'function f(a,b){return a[0]+b.x>0?g(a,{k:1}):h(b)};'.repeat(200) + '\n```\n';
  expect(
    proseVerdict(
      articleFromMarkdown(`# Post\n\n${'Our cache cuts latency by a third. '.repeat(10)}\n\n${code}`),
    ),
  ).toEqual({
    prose: true,
  });
});
