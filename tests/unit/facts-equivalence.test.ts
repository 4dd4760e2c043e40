// articleFacts reads the article in two cheap passes; this checks it against the plain one-regex-per-fact reading it
// replaced (kept here as the oracle), on the project's articles and on edge cases of the name rule.
import { expect, test } from 'vitest';
import type { Block } from '../../src/core/article';
import { articleFromHtml, articleFromMarkdown } from '../../src/node/index';
import { articleFacts } from '../../src/core/worth/facts';
import { METHOD_CUES, inExample, methodCues } from '../../src/core/worth/method-cues';
import { projectSources } from '../helpers/project-sources';

function oracleNames(blocks: Block[]): Set<string> {
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  for (const block of blocks) {
    if (block.kind === 'code') continue;
    for (const m of block.text.matchAll(/(?<=[\p{L}\p{N},;)]\s+)(\p{Lu}[\p{L}\p{N}.-]*[\p{L}\p{N}])/gu))
      capitalised.add(m[1]!.toLowerCase());
    for (const m of block.text.matchAll(/\b\p{Ll}[\p{L}-]+/gu)) lower.add(m[0]);
  }
  return new Set([...capitalised].filter((w) => !lower.has(w)));
}

const articles: Block[][] = projectSources().map(
  ({ markdown, text }) => (markdown ? articleFromMarkdown(text) : articleFromHtml(text)).blocks,
);
const para = (text: string): Block => ({ kind: 'paragraph', text, links: [] });
articles.push([
  para('We compared it with Datadog,   Grafana and  New Relic; then (Honeycomb) and 𝐀cme 𝐁eta.'),
  para(`after${' '.repeat(100)}Spaces and\n\tTabs, then ,Comma and x.Dotted.Name-Thing 42 Apples.`),
  para('Datadog is a word here: datadog, grafana-labs, NEW relic and Émile Über éclair.'),
  para('Ωmega after ΑΒΓ and ü Über; İstanbul ſome Ǆemal.'),
]);

test('the names (capitalised inside sentences, never in lower case) match the one-regex reading', () => {
  for (const blocks of articles) {
    expect([...articleFacts(blocks).properNouns]).toEqual([...oracleNames(blocks)]);
  }
});

test('the method cues found in one pass are those one test per cue and block finds', () => {
  const cases = [
    ...articles,
    // Two cues at one position ("benchmark harness" is a bench harness and a test harness), cues in different
    // blocks, and a cue that would only match across two blocks.
    [para('The benchmark harness and raw data are public.'), para('We ran it on 8 vCPUs.')],
    [para('Our test'), para('setup was a laptop.'), para('It has 32 GB of RAM; we measured twice.')],
    [para('Each run was timed.'), para('The median of five runs, on an m5.2xlarge instance type.')],
    // Example machines, and a cue both inside and outside an example.
    [
      para('If you had, e.g., 8 CPUs, imports ran in parallel.'),
      para('You could end up with 32 cores idle.'),
    ],
    [para('Say you had 8 CPUs. We ran it on 8 CPUs too.'), para('For example 16 GB of RAM.')],
  ];
  for (const blocks of cases) {
    const prose = blocks.filter((b) => b.kind !== 'code').map((b) => b.text);
    // A cue counts where no example opens its sentence before it.
    const found1 = (re: RegExp, t: string) =>
      [...t.matchAll(new RegExp(re.source, 'gi'))].some((m) => !inExample(t, m.index));
    const oracle = METHOD_CUES.flatMap((re, k) => (prose.some((t) => found1(re, t)) ? [k] : []));
    const found = new Set<number>();
    methodCues(prose.join('\0'), found);
    expect([...found].sort((a, b) => a - b)).toEqual(oracle);
  }
});

test('an example machine and running out of memory say nothing about how the figures were taken', () => {
  const cues = (text: string) => {
    const found = new Set<number>();
    methodCues(text, found);
    return found.size;
  };
  expect(cues('Previously if you had, e.g., 8 CPUs and 4 client threads, imports would thrash.')).toBe(0);
  expect(cues('We ran out of RAM twice, and we ran into a deadlock.')).toBe(0);
  expect(cues('We ran the import on 8 CPUs.')).toBe(2);
  // An expectation the measurement answers ("You might expect ..., but we measured") is no example.
  expect(
    cues('You might expect the old parser to win, but we measured the opposite on a 32-core machine.'),
  ).toBe(2);
  expect(cues('For instance, we benchmarked the parser on an AMD EPYC 7763 server.')).toBe(2);
  // A corpus chosen to measure on, and a profile taken, say how the figures came about.
  expect(cues("I'll use the Babel monorepo to take measurements throughout this post.")).toBe(1);
  expect(cues('With a quick profiling we can spot where the time goes.')).toBe(1);
});
