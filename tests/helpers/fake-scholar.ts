// A stand-in for Crossref, doi.org's handle API and the arXiv API on 127.0.0.1, answering what
// tests/recordings/scholar-known.json lists and 501 for anything else (no answer: the verifiers say "unknown").
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { recorded, type RecordedResponse } from './http-server';

const RECORDINGS = new URL('../recordings/', import.meta.url);
const KNOWN = JSON.parse(readFileSync(new URL('scholar-known.json', RECORDINGS), 'utf8')) as Record<
  'crossrefSearch' | 'crossrefWorks' | 'doiHandles' | 'arxiv',
  Record<string, string>
>;

const UNLISTED: RecordedResponse = { status: 501, body: 'no recorded answer' };
const xml = (file: string): string => readFileSync(new URL(file, RECORDINGS), 'utf8');

// One feed with the entries of every recorded id, or 501 when any id of the batch is unrecorded.
function arxivFeed(ids: string[]): RecordedResponse {
  if (ids.some((id) => !KNOWN.arxiv[id])) return UNLISTED;
  const entries = ids.flatMap((id) =>
    [...xml(KNOWN.arxiv[id]!).matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((m) => m[0]),
  );
  return {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
    body: `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n${entries.join('\n')}\n</feed>\n`,
  };
}

function answer(url: URL): RecordedResponse {
  const path = decodeURIComponent(url.pathname);
  if (path === '/works') {
    const author = (url.searchParams.get('query.author') ?? '').toLowerCase();
    const year = /from-pub-date:(\d{4})/.exec(url.searchParams.get('filter') ?? '')?.[1];
    const file = KNOWN.crossrefSearch[`${author}|${year}`];
    return file ? recorded(file) : UNLISTED;
  }
  const work = /^\/works\/(.+)$/.exec(path);
  if (work) return KNOWN.crossrefWorks[work[1]!] ? recorded(KNOWN.crossrefWorks[work[1]!]!) : UNLISTED;
  const handle = /^\/api\/handles\/(.+)$/.exec(path);
  if (handle) return KNOWN.doiHandles[handle[1]!] ? recorded(KNOWN.doiHandles[handle[1]!]!) : UNLISTED;
  if (path === '/api/query')
    return arxivFeed((url.searchParams.get('id_list') ?? '').split(',').filter(Boolean));
  return UNLISTED;
}

/** Why: what a test needs: the base URL for all three services, what they were asked, a way to stop. */
export interface FakeScholar {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

/** Why: one server for the three services; pass its url as the Crossref, doi.org and arXiv base URLs. */
export async function startFakeScholar(): Promise<FakeScholar> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '/');
    const r = answer(new URL(req.url ?? '/', 'http://x'));
    const text = typeof r.body === 'string';
    res.writeHead(r.status ?? 200, {
      'content-type': text ? 'text/plain; charset=utf-8' : 'application/json',
      ...r.headers,
    });
    res.end(text ? r.body : JSON.stringify(r.body ?? null));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
