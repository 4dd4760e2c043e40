// A 1 MB HTML page for the benchmark's floor comparison: the project's own saved articles (the HTML fixtures'
// article bodies, the Markdown ones rendered with markdown-it), one after another in one <article> inside a page
// with a header, navigation and a footer, each copy with its numbers changed so no two paragraphs are the same.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import MarkdownIt from 'markdown-it';

const ROOT = new URL('../', import.meta.url);
const FRONT_MATTER = /^---\n[\s\S]*?\n---\n/;
const BODY = [
  /<article\b[^>]*>([\s\S]*)<\/article>/i,
  /<main\b[^>]*>([\s\S]*)<\/main>/i,
  /<body\b[^>]*>([\s\S]*)<\/body>/i,
];

function bodies(): string[] {
  const md = new MarkdownIt();
  const out = [
    md.render(readFileSync(new URL('samples/sample-post.md', ROOT), 'utf8').replace(FRONT_MATTER, '')),
  ];
  for (const dir of ['tests/fixtures/', 'tests/reader/']) {
    for (const name of readdirSync(new URL(dir, ROOT)).sort()) {
      const html = new URL(`${dir}${name}/source.html`, ROOT);
      const markdown = new URL(`${dir}${name}/source.md`, ROOT);
      if (existsSync(html)) {
        const page = readFileSync(html, 'utf8');
        const m = BODY.map((re) => re.exec(page)).find(Boolean);
        out.push(m ? m[1]! : page);
      }
      if (existsSync(markdown)) out.push(md.render(readFileSync(markdown, 'utf8').replace(FRONT_MATTER, '')));
    }
  }
  return out;
}

const HEAD =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Collected posts | Bench Blog</title>' +
  '<link rel="stylesheet" href="/site.css"><script src="/analytics.js" async></script></head><body>' +
  '<header class="site-header"><a href="/">Bench Blog</a><nav aria-label="Main"><ul><li><a href="/product">Product</a></li>' +
  '<li><a href="/pricing">Pricing</a></li><li><a href="/customers">Customers (500+)</a></li></ul></nav></header>' +
  '<main id="content"><article class="post"><h1>Collected posts</h1>';
const TAIL =
  '</article><aside class="sidebar"><h3>Related</h3><ul><li><a href="/p/1">10 tips</a></li></ul></aside></main>' +
  '<footer class="site-footer"><p>© 2026 Bench Blog. 14 cookies.</p></footer></body></html>';

/** Why: the same page every run (no randomness), about `bytes` characters of HTML. */
export function generateHtml(bytes: number): string {
  const seed = bodies();
  const parts = [HEAD];
  let size = HEAD.length + TAIL.length;
  for (let i = 0; size < bytes; i++) {
    const text = seed[i % seed.length]!.replace(/\d+/g, (d) => String((Number(d) + i) % 1000));
    parts.push(text);
    size += text.length;
  }
  parts.push(TAIL);
  return parts.join('');
}
