// Issue 10's online cases: a registry that never answers (20 and 5,000 imports), 40 links to a silent host and a
// URL that streams without end. Each ends within its deadline, with every unanswered item `unknown` and saying why.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startServer, type TestServer } from '../helpers/http-server';
import { verifyReport } from '../../src/node/verify-report';
import { createSafeFetch } from '../../src/node/safe-fetch';
import { InputError, loadInput } from '../../src/cli/input';
import { finalizeReport } from '../../src/checks/index';
import type { ImportRef, LinkRef, Report } from '../../src/core/report';
import { report as emptyReport } from '../helpers/report';

let silent: TestServer;
let stream: Server;
let streamUrl = '';

beforeAll(async () => {
  // Any path: never answers.
  silent = await startServer(new Proxy({}, { has: () => true, get: () => ({ hang: true }) }));
  stream = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(256 * 1024, '<p>x</p>');
    const pump = (): void => {
      while (res.write(chunk));
      res.once('drain', pump);
    };
    pump();
  });
  await new Promise<void>((ok) => stream.listen(0, '127.0.0.1', ok));
  streamUrl = `http://127.0.0.1:${(stream.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await silent.close();
  stream.closeAllConnections();
  await new Promise((ok) => stream.close(ok));
});

const imports = (n: number): ImportRef[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `i${i + 1}`,
    language: 'python',
    module: `pkg${i}`,
    package: `pkg${i}`,
    registry: 'pypi',
    status: 'unknown',
    line: i + 1,
    block: 0,
  }));

const links = (n: number, base: string): LinkRef[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `l${i + 1}`,
    text: `source ${i}`,
    href: `${base}/page-${i}`,
    status: 'unchecked',
    block: 0,
    quote: { exact: `source ${i}`, prefix: '', suffix: '', start: 0, end: 8 },
  }));

const withItems = (i: ImportRef[], l: LinkRef[] = []): Report =>
  finalizeReport(emptyReport({ imports: i, links: l }));

test('5,000 imports against a registry that never answers finish at the deadline, all unknown', async () => {
  const started = Date.now();
  const out = await verifyReport(withItems(imports(5000)), {
    depsdevUrl: silent.url,
    pypiUrl: silent.url,
    npmUrl: silent.url,
    timeoutMs: 60_000,
    deadlineMs: 1000,
    links: false,
  });
  const took = Date.now() - started;
  expect(took).toBeLessThan(3000);
  expect(out.imports.every((i) => i.status === 'unknown')).toBe(true);
  expect(new Set(out.imports.map((i) => i.reason))).toEqual(
    new Set(['no answer before the 1 s deadline for online checks']),
  );
  expect(silent.requests.length).toBeLessThanOrEqual(8); // the concurrency bound: nothing more was ever sent
});

test('20 imports against a registry that never answers: the breaker stops after 3 timeouts', async () => {
  const asked = silent.requests.length;
  const started = Date.now();
  const out = await verifyReport(withItems(imports(20)), {
    depsdevUrl: silent.url,
    pypiUrl: silent.url,
    npmUrl: silent.url,
    timeoutMs: 200,
    links: false,
  });
  expect(Date.now() - started).toBeLessThan(2000); // was 40 s
  expect(out.imports.every((i) => i.status === 'unknown')).toBe(true);
  expect(out.imports.some((i) => /not asked: 127\.0\.0\.1:\d+ did not answer/.test(i.reason!))).toBe(true);
  expect(silent.requests.length - asked).toBeLessThanOrEqual(8);
});

test('40 links to a host that never answers: the breaker stops after 3 timeouts', async () => {
  const asked = silent.requests.length;
  const started = Date.now();
  const out = await verifyReport(withItems([], links(40, silent.url)), {
    linkFetch: createSafeFetch({ allowPrivate: [new URL(silent.url).host] }),
    allowPrivateHosts: true,
    timeoutMs: 200,
  });
  expect(Date.now() - started).toBeLessThan(2000); // was 41 s
  expect(out.links.every((l) => l.status === 'unknown')).toBe(true);
  expect(out.links.filter((l) => l.reason!.startsWith('not asked: ')).length).toBeGreaterThan(30);
  expect(silent.requests.length - asked).toBeLessThanOrEqual(8);
});

test('a URL that streams without end is refused at 20 MB, in one line, with memory to spare', async () => {
  const before = process.memoryUsage().rss;
  const failure = await loadInput(streamUrl, {
    fetch: createSafeFetch({ allowPrivate: [new URL(streamUrl).host] }),
    timeoutMs: 10_000,
  }).catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(InputError);
  expect((failure as Error).message).toBe(`${streamUrl} is larger than 20 MB`);
  expect(process.memoryUsage().rss - before).toBeLessThan(300 * 1024 * 1024);
});
