// arXiv ids through the arXiv API (`GET {base}/api/query?id_list=a,b&max_results=n`, an Atom feed), asked in batches
// and no faster than one request per 3 seconds, as arXiv's terms ask. The feed is read with a few patterns (the
// worker has no XML parser): an entry per paper found; an entry titled "Error" for a malformed query; and a
// plain-text "Rate exceeded." when throttled, which is no feed at all.
import type { WorkLookup } from '../core/report-verify';
import { decodeEntities } from './html-text';
import { fetchText } from './lookup-request';
import type { VerifyContext } from './verifier';

const BATCH = 20;
/** Why: arXiv's terms of use: no more than one request every three seconds. */
export const ARXIV_INTERVAL_MS = 3000;

/** Why: exposed so tests and the README can show exactly what an arXiv lookup asks. */
export function arxivQueryUrl(base: string, ids: string[]): string {
  return `${base}/api/query?id_list=${ids.map(encodeURIComponent).join(',')}&max_results=${ids.length}`;
}

/** Why: one paper as the feed describes it. */
export interface ArxivEntry {
  id: string;
  title: string;
  year?: number;
  authors: string[];
}

const tag = (xml: string, name: string): string =>
  decodeEntities((new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`).exec(xml)?.[1] ?? '').trim()).replace(
    /\s+/g,
    ' ',
  );

/** Why: the feed's entries, or null when the body is no feed (throttled, an error page). */
export function parseArxivFeed(xml: string): { entries: ArxivEntry[]; error: string | null } | null {
  if (!/<feed\b/.test(xml)) return null;
  const entries: ArxivEntry[] = [];
  let error: string | null = null;
  for (const m of xml.matchAll(/<entry\b[^>]*>([\s\S]*?)<\/entry>/g)) {
    const e = m[1]!;
    const title = tag(e, 'title');
    const id = /arxiv\.org\/abs\/([^<\s]+?)(?:v\d+)?\s*$/i.exec(tag(e, 'id'))?.[1];
    if (title === 'Error' || !id) {
      error = tag(e, 'summary') || 'arXiv reported an error';
      continue;
    }
    const year = Number(tag(e, 'published').slice(0, 4));
    const authors = [...e.matchAll(/<author\b[^>]*>\s*<name>([\s\S]*?)<\/name>/g)].map((a) =>
      decodeEntities(a[1]!.trim()),
    );
    entries.push({ id, title, authors, ...(Number.isInteger(year) && year > 0 && { year }) });
  }
  return { entries, error };
}

const surname = (name: string): string => name.trim().split(/\s+/).pop() ?? name;

/** Why: every id's verdict; a feed without an id means arXiv has no such paper, silence means we cannot tell. */
export async function lookupArxiv(ctx: VerifyContext, ids: string[]): Promise<Map<string, WorkLookup>> {
  const out = new Map<string, WorkLookup>();
  const unknown = (id: string, reason: string): WorkLookup => ({
    status: 'unknown',
    service: 'arxiv',
    query: id,
    reason,
  });
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    const waited = await ctx.pace('arxiv', ARXIV_INTERVAL_MS);
    const got = waited
      ? await fetchText(ctx, arxivQueryUrl(ctx.config.arxivUrl, batch), 'arXiv', 'application/atom+xml')
      : ({ kind: 'failed', reason: 'lookup cancelled' } as const);
    const feed = got.kind === 'answered' && got.status === 200 ? parseArxivFeed(got.body) : null;
    for (const id of batch) {
      if (got.kind === 'failed') out.set(id, unknown(id, got.reason));
      else if (!feed) out.set(id, unknown(id, `arXiv answered HTTP ${got.status} without a feed`));
      else if (feed.error) out.set(id, unknown(id, `arXiv could not read the query: ${feed.error}`));
      else {
        const e = feed.entries.find((x) => x.id.toLowerCase() === id.toLowerCase());
        const authors = e?.authors.map(surname) ?? [];
        out.set(
          id,
          e
            ? {
                status: 'found',
                service: 'arxiv',
                query: id,
                reason: `arXiv has ${id}: “${e.title}”`,
                work: {
                  title: e.title,
                  ...(e.year && { year: e.year }),
                  ...(authors.length && {
                    authors: authors.slice(0, 3).join(', ') + (authors.length > 3 ? ' et al.' : ''),
                  }),
                  url: `https://arxiv.org/abs/${id}`,
                },
              }
            : { status: 'not-found', service: 'arxiv', query: id, reason: `arXiv has no paper ${id}` },
        );
      }
    }
  }
  return out;
}
