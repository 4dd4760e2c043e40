// The offset map in a real browser: Debian's chromium reads the same page as linkedom does in Node, and every
// Range from rangeFor must say exactly what the block text says (linkedom has no Range with text offsets).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import type { Article } from '../core/article';
import { readDomArticle } from './dom-map';
import type * as DomMapApi from './dom-map';
import { parseHtml } from './linkedom';

const PAGE = `<!doctype html><html><head><title>Page</title><meta property="og:title" content="Green claims"></head><body>
<nav><a href="/">Home</a> <a href="/pricing">50% off</a></nav>
<article>
  <h1>Green   <em>claims</em></h1>
  <p>We cut energy by <b>40</b>% and costs
     by <a href="/r">up to <i>25</i>%</a>.<sup><a href="#fn1">1</a></sup> R&amp;D&nbsp;spend<br>rose <code>3x</code>.</p>
  <ul><li>One <b>1</b><ul><li>Nested <span>item</span></li></ul></li><li>Two</li></ul>
  <table><thead><tr><th>Metric</th><th>Value</th></tr></thead>
    <tbody><tr><td>Latency</td><td><50<b>ms</b></td></tr><tr><td>Uptime</td><td>99.<span>7</span>%</td></tr></tbody></table>
  <blockquote><p>Quoted <a href="#">(link)</a> text</p></blockquote>
  <pre class="language-python">import os

x = <b>1</b>
</pre>
  <p>\`\`\`python<br>from acme_core import Engine<br>\`\`\`</p>
  <div>Loose <i>text</i> in a div<p>inner</p></div>
</article>
<aside>Related 99%</aside><div id="cookie-banner">We use cookies</div>
</body></html>`;

const ENTRY = fileURLToPath(new URL('./dom-map.ts', import.meta.url));
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: ENTRY, name: 'ClaimLensDomMap', formats: ['iife'], fileName: 'dom-map' },
    },
  });
  const first = Array.isArray(out) ? out[0] : out;
  const chunk = first && 'output' in first ? first.output.find((o) => o.type === 'chunk') : undefined;
  if (!chunk || chunk.type !== 'chunk') throw new Error('could not bundle dom-map.ts');
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  page = await browser.newPage();
  await page.setContent(PAGE);
  await page.addScriptTag({ content: chunk.code });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

interface BrowserResult {
  article: Article;
  mismatches: string[];
  checked: number;
  unchanged: boolean;
}

test('chromium reads the same article as linkedom, and every Range matches the block text', async () => {
  const result = await page.evaluate((): BrowserResult => {
    const api = (window as unknown as { ClaimLensDomMap: typeof DomMapApi }).ClaimLensDomMap;
    const before = document.documentElement.outerHTML;
    const { article, segments } = api.readDomArticle(document);
    const mismatches: string[] = [];
    let checked = 0;
    const bare = (s: string): string => s.replace(/[\s|]+/g, '');
    article.blocks.forEach((block, i) => {
      const text = block.text;
      for (let start = 0; start < text.length; start++) {
        for (let end = start + 1; end <= text.length; end++) {
          const want = text.slice(start, end);
          const range = api.rangeFor(segments[i] ?? [], start, end, document);
          if (!range) {
            if (bare(want) !== '') mismatches.push(`no range for ${JSON.stringify(want)}`);
            continue;
          }
          checked++;
          const got = range.toString();
          // Exact where the span holds no collapsed space; otherwise equal up to whitespace and cell separators.
          const ok = /\s/.test(want) ? bare(got) === bare(want) : got === want;
          if (!ok) mismatches.push(`${JSON.stringify(want)} -> ${JSON.stringify(got)}`);
        }
      }
    });
    return {
      article,
      mismatches: mismatches.slice(0, 20),
      checked,
      unchanged: document.documentElement.outerHTML === before,
    };
  });
  expect(result.mismatches).toEqual([]);
  expect(result.checked).toBeGreaterThan(1000);
  expect(result.unchanged).toBe(true);
  expect(result.article).toEqual(readDomArticle(parseHtml(PAGE)).article);
  // And the parts that matter, spelled out: the split number, the unescaped "<", the fence.
  const texts = result.article.blocks.map((b) => b.text);
  expect(texts).toContain('We cut energy by 40% and costs by up to 25%.1 R&D spend rose 3x.');
  expect(texts).toContain('Latency | <50ms');
  expect(
    result.article.blocks.find(
      (b) => b.kind === 'code' && b.language === 'python' && b.text.startsWith('from'),
    )?.text,
  ).toBe('from acme_core import Engine');
  expect(result.article.title).toBe('Green claims');
}, 60_000);
