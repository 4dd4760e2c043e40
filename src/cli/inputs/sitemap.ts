// `--sitemap URL|file`: every page a sitemap lists (sitemaps.org), sitemap index files followed, gzipped sitemaps
// read, at most `maxPages` pages. Fetches go through the run's host limiter.
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { FetchLike } from '../../verify/http';
import { fetchFailure, InputError } from '../input';
import type { HostLimiter } from './host-limiter';

/** Why: what reading a sitemap needs from the run. */
export interface SitemapOptions {
  fetch: FetchLike;
  limit: HostLimiter;
  timeoutMs: number;
  maxPages: number;
}

const LOC = /<loc>\s*(?:<!\[CDATA\[)?([\s\S]*?)(?:\]\]>)?\s*<\/loc>/gi;
const MAX_SITEMAPS = 200;
const MAX_DEPTH = 4;

/** Why: a content team checks the whole site as published, not only the files in one repository. */
export async function sitemapPages(source: string, opts: SitemapOptions): Promise<string[]> {
  const pages = new Set<string>();
  const visited = new Set<string>();
  const visit = async (where: string, depth: number): Promise<void> => {
    if (visited.has(where) || visited.size >= MAX_SITEMAPS || pages.size >= opts.maxPages) return;
    visited.add(where);
    const xml = await readSitemap(where, opts);
    const locs = [...xml.matchAll(LOC)].map((m) => decodeXml(m[1]!.trim())).filter(Boolean);
    if (/<sitemapindex[\s>]/i.test(xml)) {
      if (depth >= MAX_DEPTH) return;
      for (const child of locs) await visit(resolveLoc(child, where), depth + 1);
      return;
    }
    if (!/<urlset[\s>]/i.test(xml))
      throw new InputError(`${where} is not a sitemap (no <urlset> or <sitemapindex>)`);
    for (const loc of locs) {
      if (pages.size >= opts.maxPages) break;
      const url = resolveLoc(loc, where);
      if (/^https?:\/\//i.test(url)) pages.add(url);
    }
  };
  await visit(source, 0);
  return [...pages];
}

async function readSitemap(where: string, opts: SitemapOptions): Promise<string> {
  let bytes: Buffer;
  if (/^https?:\/\//i.test(where)) {
    bytes = await opts.limit(where, async () => {
      const signal = AbortSignal.timeout(opts.timeoutMs);
      try {
        const res = await opts.fetch(where, { signal, redirect: 'follow' });
        if (!res.ok) throw new InputError(`cannot fetch sitemap ${where}: HTTP ${res.status}`);
        return res.arrayBuffer ? Buffer.from(await res.arrayBuffer()) : Buffer.from(await res.text());
      } catch (e) {
        if (e instanceof InputError) throw e;
        throw new InputError(
          `cannot fetch sitemap ${where}: ${fetchFailure(e, signal, opts.timeoutMs, 'unreachable')}`,
        );
      }
    });
  } else {
    try {
      bytes = await readFile(where);
    } catch (e) {
      throw new InputError(
        `cannot read sitemap ${where}: ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}`,
      );
    }
  }
  // sitemap.xml.gz (served as a file, not with Content-Encoding) starts with the gzip magic bytes.
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      throw new InputError(`${where} is not a readable gzip file`);
    }
  }
  return bytes.toString('utf8');
}

function resolveLoc(loc: string, base: string): string {
  try {
    return /^https?:\/\//i.test(base) ? new URL(loc, base).href : new URL(loc).href;
  } catch {
    return loc;
  }
}

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}
