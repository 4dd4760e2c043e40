// DOIs: does doi.org resolve it (the Handle System's JSON API, `GET {base}/api/handles/{doi}`: responseCode 1 is a
// handle, 100 is "handle not found"), and what is it (Crossref's `/works/{doi}`, when Crossref registered it)?
import type { WorkLookup } from '../core/report-verify';
import { crossrefWork } from './crossref';
import { parseJson } from './http';
import { fetchText } from './lookup-request';
import type { VerifyContext } from './verifier';

/** Why: exposed so tests and the README can show exactly what a DOI lookup asks doi.org. */
export function handleUrl(base: string, doi: string): string {
  return `${base}/api/handles/${doi.split('/').map(encodeURIComponent).join('/')}`;
}

type Handle = 'exists' | 'not-found' | { failed: string };

async function handle(ctx: VerifyContext, doi: string): Promise<Handle> {
  const got = await fetchText(ctx, handleUrl(ctx.config.doiUrl, doi), 'doi.org');
  if (got.kind === 'failed') return { failed: got.reason };
  const body = parseJson(got.body) as { responseCode?: unknown } | undefined;
  const code = body?.responseCode;
  if (got.status === 200 && code === 1) return 'exists';
  if ((got.status === 404 || got.status === 200) && code === 100) return 'not-found';
  return {
    failed: `doi.org answered HTTP ${got.status}${code !== undefined ? ` (code ${String(code)})` : ''}`,
  };
}

/** Why: a DOI that does not resolve is a citation nobody can follow, however scholarly it looks. */
export async function lookupDoi(ctx: VerifyContext, doi: string): Promise<WorkLookup> {
  const h = await handle(ctx, doi);
  if (h === 'not-found')
    return {
      status: 'not-found',
      service: 'doi',
      query: doi,
      reason: `doi.org does not know the DOI ${doi}`,
    };
  const meta = await crossrefWork(ctx, doi);
  const url = `https://doi.org/${doi}`;
  if (h === 'exists') {
    const work = 'work' in meta && meta.work ? meta.work : { title: '', doi, url };
    const what = work.title ? `“${work.title}”${work.year ? ` (${work.year})` : ''}` : 'a registered work';
    return { status: 'found', service: 'doi', query: doi, reason: `the DOI resolves to ${what}`, work };
  }
  if ('work' in meta && meta.work)
    return {
      status: 'found',
      service: 'crossref',
      query: doi,
      reason: `Crossref has the DOI: “${meta.work.title}” (doi.org did not answer: ${h.failed})`,
      work: meta.work,
    };
  const crossref = 'failed' in meta ? meta.failed : 'Crossref has no record of it';
  return { status: 'unknown', service: 'doi', query: doi, reason: `${h.failed}; ${crossref}` };
}
