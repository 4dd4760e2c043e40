// The web as a fixture recorded it: a 127.0.0.1 server that answers each article link with its recorded status
// (tests/fixtures/<case>/web.json, URL → status; unlisted URLs answer 200), and a fetch that sends every URL there.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FetchLike } from '../../src/verify/http';

/** Why: link-health checks run for real (HEAD, GET fallback, status codes) without the internet. */
export interface FakeWeb {
  fetch: FetchLike;
  asked: string[];
  close(): Promise<void>;
}

/** Why: one server per fixture run; `statuses` are that article's recorded answers. */
export async function startFakeWeb(statuses: Record<string, number>): Promise<FakeWeb> {
  const asked: string[] = [];
  const server = createServer((req, res) => {
    const target = new URL(req.url ?? '/', 'http://x').searchParams.get('url') ?? '';
    asked.push(`${req.method} ${target}`);
    const status = statuses[target] ?? 200;
    res.writeHead(status, { 'content-type': 'text/html' });
    res.end(req.method === 'HEAD' ? undefined : `<p>recorded ${status}</p>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/?url=`;
  const fetch: FetchLike = (url, init) =>
    globalThis.fetch(base + encodeURIComponent(url), init as RequestInit) as never;
  return { fetch, asked, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
