// Crossref's REST API: a work's metadata by DOI (`/works/{doi}`), and a search for an author-year citation
// (`/works?query.author=...&query.bibliographic=...&filter=from-pub-date:Y,until-pub-date:Y&rows=5`). A search
// result is a candidate for the citation, never proof: the article does not say which of an author's works it means.
import type { WorkCandidate, WorkLookup } from '../core/report-verify';
import { foldName, type CitedWork } from './cited-work';
import { parseJson } from './http';
import { fetchText } from './lookup-request';
import type { VerifyContext } from './verifier';

type AuthorYear = Extract<CitedWork, { kind: 'author-year' }>;
type Item = Record<string, unknown>;

const isObject = (x: unknown): x is Item => typeof x === 'object' && x !== null;

function withMailto(url: string, mailto: string): string {
  return mailto ? `${url}${url.includes('?') ? '&' : '?'}mailto=${encodeURIComponent(mailto)}` : url;
}

/** Why: exposed so tests and the README can show exactly what a DOI lookup asks Crossref. */
export function crossrefWorkUrl(base: string, doi: string, mailto = ''): string {
  return withMailto(`${base}/works/${encodeURIComponent(doi)}`, mailto);
}

/** Why: the author-year search, in the shape the issue gives; only surnames, the year and the citation are sent. */
export function crossrefSearchUrl(base: string, w: AuthorYear, mailto = ''): string {
  const q = new URLSearchParams({
    'query.author': w.surnames.join(' '),
    'query.bibliographic': w.text,
    filter: `from-pub-date:${w.year},until-pub-date:${w.year}`,
    rows: '5',
  });
  return withMailto(`${base}/works?${q.toString()}`, mailto);
}

const yearsOf = (item: Item): number[] =>
  ['issued', 'published', 'published-print', 'published-online']
    .map((k) => {
      const parts = isObject(item[k]) ? (item[k] as Item)['date-parts'] : undefined;
      const y = Array.isArray(parts) && Array.isArray(parts[0]) ? Number(parts[0][0]) : Number.NaN;
      return Number.isInteger(y) ? y : Number.NaN;
    })
    .filter((y) => !Number.isNaN(y));

const familiesOf = (item: Item): string[] =>
  (Array.isArray(item.author) ? item.author : [])
    .filter(isObject)
    .map((a) => String(a.family ?? a.name ?? ''))
    .filter(Boolean);

/** Why: a Crossref work as the reader is offered it: title, year, first authors, DOI link. */
export function candidateOf(item: unknown): WorkCandidate | null {
  if (!isObject(item)) return null;
  const title = Array.isArray(item.title) ? String(item.title[0] ?? '') : String(item.title ?? '');
  const doi = typeof item.DOI === 'string' ? item.DOI : undefined;
  if (!title && !doi) return null;
  const year = yearsOf(item)[0];
  const families = familiesOf(item);
  const authors = families.slice(0, 3).join(', ') + (families.length > 3 ? ' et al.' : '');
  return {
    title: title.replace(/\s+/g, ' ').trim(),
    ...(year !== undefined && { year }),
    ...(authors && { authors }),
    ...(doi && { doi, url: `https://doi.org/${doi}` }),
  };
}

/** Why: Crossref's metadata for a DOI doi.org resolves; `null` when Crossref has no record (a DataCite DOI). */
export async function crossrefWork(
  ctx: VerifyContext,
  doi: string,
): Promise<{ work: WorkCandidate } | { work: null } | { failed: string }> {
  const got = await fetchText(
    ctx,
    crossrefWorkUrl(ctx.config.crossrefUrl, doi, ctx.config.mailto),
    'Crossref',
  );
  if (got.kind === 'failed') return { failed: got.reason };
  if (got.status === 404) return { work: null };
  const body = parseJson(got.body);
  const work = got.status === 200 && isObject(body) ? candidateOf(body.message) : null;
  return work ? { work } : { failed: `Crossref answered HTTP ${got.status} without a work` };
}

/** Why: the author-year lookup; found (one first-author match) is offered as "probably this work", never as proof. */
export async function lookupAuthorYear(ctx: VerifyContext, w: AuthorYear): Promise<WorkLookup> {
  const who = w.surnames.join(' and ');
  const base = { service: 'crossref' as const, query: `${who}${w.etAl ? ' et al.' : ''}, ${w.year}` };
  const got = await fetchText(
    ctx,
    crossrefSearchUrl(ctx.config.crossrefUrl, w, ctx.config.mailto),
    'Crossref',
  );
  if (got.kind === 'failed') return { ...base, status: 'unknown', reason: got.reason };
  const body = parseJson(got.body);
  const items = isObject(body) && isObject(body.message) ? body.message.items : undefined;
  if (got.status !== 200 || !Array.isArray(items))
    return {
      ...base,
      status: 'unknown',
      reason: `Crossref answered HTTP ${got.status} without a list of works`,
    };
  const wanted = w.surnames.map(foldName);
  const inYear = items.filter(isObject).filter((it) => yearsOf(it).includes(w.year));
  const first = inYear.filter((it) => {
    const fam = familiesOf(it).map(foldName);
    return fam[0] === wanted[0] && wanted.every((s) => fam.includes(s));
  });
  const anywhere = inYear.filter((it) => familiesOf(it).map(foldName).includes(wanted[0]!));
  const offer = (list: Item[]) =>
    list
      .map(candidateOf)
      .filter((c) => c !== null)
      .slice(0, 5);
  const caveat = 'a candidate from author and year, not proof that it is the work the article means';
  if (first.length === 1) {
    const work = candidateOf(first[0])!;
    return {
      ...base,
      status: 'found',
      reason: `Crossref lists one ${w.year} work with ${w.surnames[0]} as first author: ${caveat}`,
      work,
    };
  }
  if (first.length > 1)
    return {
      ...base,
      status: 'ambiguous',
      reason: `Crossref lists ${first.length} works from ${w.year} with ${w.surnames[0]} as first author; the citation does not say which`,
      candidates: offer(first),
    };
  if (anywhere.length > 0)
    return {
      ...base,
      status: 'ambiguous',
      reason: `Crossref lists ${w.year} work by ${w.surnames[0]} only as a co-author, not as first author; the citation may be garbled`,
      candidates: offer(anywhere),
    };
  return {
    ...base,
    status: 'not-found',
    reason: `Crossref lists no work by ${who} from ${w.year} (it covers journals and most reports, not every book or web page)`,
  };
}
