// What the benchmark times, in one entry that bench/built.ts bundles the way the CLI's build does (vite, no
// keep-names helpers), so the figures are the shipped code's, not tsx's transpile of the sources.
export { analyzeArticle } from '../src/engine/analyze';
export { compromiseTagger } from '../src/core/compromise-tagger';
export { articleFromHtml, articleFromMarkdown } from '../src/node/index';
export { htmlToArticle } from '../src/adapters/html';
export { parseHtml } from '../src/adapters/linkedom';
