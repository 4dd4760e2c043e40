// The web as a fixture recorded it: a 127.0.0.1 server that answers each article link with its recorded answer
// (tests/fixtures/<case>/web.json: URL -> a status, or { status, type, file, body, location } with the page in the fixture's
// pages/ folder), and a fetch that sends every URL there. Unlisted URLs answer 200 with a short page, except the
// soft-404 probe of a made-up sibling (claimlens-probe-*), which answers 404 as well-behaved sites do.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FetchLike } from '../../src/verify/http';

/** Why: a recorded answer: a status alone, or a page (its file under the fixture's pages/, and content type). */
export type RecordedPage =
  number | { status?: number; type?: string; file?: string; body?: string; location?: string };

/** Why: link-health and source checks run for real (HEAD, GET fallback, status codes, bodies) without the internet. */
export interface FakeWeb {
  fetch: FetchLike;
  asked: string[];
  close(): Promise<void>;
}

/** Why: one server per fixture run; `pages` are that article's recorded answers, `dir` where their files are. */
export async function startFakeWeb(pages: Record<string, RecordedPage>, dir = '.'): Promise<FakeWeb> {
  const asked: string[] = [];
  const server = createServer((req, res) => {
    const target = new URL(req.url ?? '/', 'http://x').searchParams.get('url') ?? '';
    asked.push(`${req.method} ${target}`);
    const probe = target.includes('/claimlens-probe-');
    const rec = pages[target] ?? (probe ? 404 : 200);
    const page = typeof rec === 'number' ? { status: rec } : rec;
    const status = page.status ?? 200;
    const body = page.file
      ? readFileSync(join(dir, 'pages', page.file))
      : (page.body ?? `<p>recorded ${status}</p>`);
    // A redirect points back into the stand-in, so following it never leaves 127.0.0.1.
    const location = page.location ? { location: `/?url=${encodeURIComponent(page.location)}` } : {};
    res.writeHead(status, { 'content-type': page.type ?? 'text/html; charset=utf-8', ...location });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/?url=`;
  const fetch: FetchLike = async (url, init) => {
    const res = await globalThis.fetch(base + encodeURIComponent(url), init as RequestInit);
    // The response names the URL it ended at, as a real fetch would, not the stand-in's address.
    Object.defineProperty(res, 'url', { value: new URL(res.url).searchParams.get('url') ?? url });
    return res as never;
  };
  return { fetch, asked, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
