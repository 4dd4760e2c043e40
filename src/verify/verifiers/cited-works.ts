// Cited works: does the DOI resolve, is the arXiv id a paper, did the cited author publish anything that year?
import type { Claim } from '../../core/report';
import type { WorkLookup } from '../../core/report-verify';
import { lookupArxiv } from '../arxiv';
import { isWorkLookup } from '../cached-shapes';
import { citedWork, workKey, type CitedWork } from '../cited-work';
import { lookupAuthorYear } from '../crossref';
import { lookupDoi } from '../doi-handle';
import { createLimiter } from '../limit';
import type { Verifier, VerifyContext } from '../verifier';
import { CHECK_HOSTS } from '../../shared/check-hosts';

const DAY = 24 * 60 * 60 * 1000;
const TTL: Record<string, number> = { found: 30 * DAY, ambiguous: 7 * DAY, 'not-found': DAY };
const MAX_WORKS = 50;

const worksOf = (c: Claim): (CitedWork | null)[] => c.evidence.map(citedWork);

// The service a work is asked in, so a cached answer from another endpoint (a test server, a mirror) is not reused.
function cacheKey(ctx: VerifyContext, w: CitedWork): string {
  const base =
    w.kind === 'arxiv' ? ctx.config.arxivUrl : w.kind === 'doi' ? ctx.config.doiUrl : ctx.config.crossrefUrl;
  return `work:${base}:${workKey(w)}`;
}

async function cached(ctx: VerifyContext, w: CitedWork): Promise<WorkLookup | undefined> {
  try {
    const hit = await ctx.cache.get(cacheKey(ctx, w));
    if (!hit || hit.expires <= ctx.now()) return undefined;
    return isWorkLookup(hit.value.data) ? hit.value.data : undefined;
  } catch {
    return undefined; // a broken cache is a slow cache
  }
}

async function remember(ctx: VerifyContext, w: CitedWork, lookup: WorkLookup): Promise<void> {
  const ttl = TTL[lookup.status];
  if (!ttl) return; // unknown is never cached
  await ctx.cache
    .set(cacheKey(ctx, w), {
      value: { status: lookup.status, reason: lookup.reason, data: lookup },
      expires: ctx.now() + ttl,
    })
    .catch(() => undefined);
}

async function lookUp(ctx: VerifyContext, works: Map<string, CitedWork>): Promise<Map<string, WorkLookup>> {
  const out = new Map<string, WorkLookup>();
  const todo: [string, CitedWork][] = [];
  for (const [key, w] of works) {
    const hit = await cached(ctx, w);
    if (hit) out.set(key, hit);
    else todo.push([key, w]);
  }
  const limit = createLimiter(2);
  const arxiv = todo.filter(([, w]) => w.kind === 'arxiv');
  const others = todo.filter(([, w]) => w.kind !== 'arxiv');
  await Promise.all([
    ...others.map(async ([key, w]) => {
      const lookup = await limit(
        () =>
          w.kind === 'doi'
            ? lookupDoi(ctx, w.doi)
            : lookupAuthorYear(ctx, w as Extract<CitedWork, { kind: 'author-year' }>),
        ctx.signal,
      ).catch((): WorkLookup => ({
        status: 'unknown',
        service: w.kind === 'doi' ? 'doi' : 'crossref',
        query: key,
        reason: 'lookup cancelled',
      }));
      out.set(key, lookup);
    }),
    (async () => {
      if (arxiv.length === 0) return;
      const ids = arxiv.map(([, w]) => (w as Extract<CitedWork, { kind: 'arxiv' }>).id);
      const found = await lookupArxiv(ctx, ids);
      arxiv.forEach(([key], i) => out.set(key, found.get(ids[i]!)!));
    })(),
  ]);
  for (const [key, w] of todo) if (out.has(key)) await remember(ctx, w, out.get(key)!);
  return out;
}

/** Why: "(Koomey et al., 2016)" looks like evidence; this asks whether such a work exists. Sends only the citation's
 *  identifiers (DOI, arXiv id, surnames and year) to Crossref, doi.org and arXiv. */
export const citedWorksVerifier: Verifier = {
  id: 'cited-works',
  description:
    'Looks up cited DOIs (doi.org, Crossref), arXiv ids (arXiv) and author-year citations (Crossref).',
  items: ['claims'],
  hosts: CHECK_HOSTS['cited-works'],
  wants: (report) => report.claims.some((c) => worksOf(c).some(Boolean)),
  async run(report, ctx) {
    const works = new Map<string, CitedWork>();
    for (const c of report.claims)
      for (const w of worksOf(c)) if (w && works.size < MAX_WORKS) works.set(workKey(w), w);
    const found = await lookUp(ctx, works);
    const claims: Record<string, Partial<Claim>> = {};
    for (const c of report.claims) {
      const ws = worksOf(c);
      if (!ws.some((w) => w && found.has(workKey(w)))) continue;
      claims[c.id] = {
        evidence: c.evidence.map((ev, i) => {
          const w = ws[i];
          const work = w ? found.get(workKey(w)) : undefined;
          return work ? { ...ev, work } : ev;
        }),
      };
    }
    return { claims };
  },
};
