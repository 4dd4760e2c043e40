// Capped body reads and the final URL after redirects, through request() against a 127.0.0.1 server.
import { expect, test } from 'vitest';
import { serverPerTest } from '../../tests/helpers/server-per-test';
import { request } from './http';
import { readBody } from './read-body';

const serve = serverPerTest();

test('a body over the cap is cut there and says so; one under it is whole', async () => {
  const server = await serve({ '/big': { body: 'x'.repeat(300_000) }, '/small': { body: 'hello' } });
  const big = await request(globalThis.fetch, `${server.url}/big`, {
    timeoutMs: 5000,
    readBody: true,
    maxBodyBytes: 1000,
  });
  expect(big).toMatchObject({ kind: 'response', status: 200, truncated: true });
  expect(big.kind === 'response' && big.body.length).toBe(1000);
  const small = await request(globalThis.fetch, `${server.url}/small`, {
    timeoutMs: 5000,
    readBody: true,
    maxBodyBytes: 1000,
  });
  expect(small).toMatchObject({ body: 'hello', truncated: false, url: `${server.url}/small` });
});

test('a stalled body under a cap still ends at the deadline', async () => {
  const server = await serve({ '/stall': { stall: true, body: 'y'.repeat(10_000) } });
  const o = await request(globalThis.fetch, `${server.url}/stall`, {
    timeoutMs: 300,
    readBody: true,
    maxBodyBytes: 100_000,
  });
  expect(o).toEqual({ kind: 'timeout', ms: 300 });
});

test('the outcome names the URL the redirects ended at', async () => {
  const server = await serve({
    '/old': { status: 301, headers: { location: '/new' } },
    '/new': { body: 'moved here' },
  });
  const o = await request(globalThis.fetch, `${server.url}/old`, { timeoutMs: 5000, readBody: true });
  expect(o).toMatchObject({ status: 200, body: 'moved here', url: `${server.url}/new` });
});

test('bytes are kept when asked for; the declared charset decodes text', async () => {
  const latin = new Response(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), {
    headers: { 'content-type': 'text/html; charset=iso-8859-1' },
  });
  expect((await readBody(latin, 100)).text).toBe('café');
  const pdf = new Response(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0xff]));
  const read = await readBody(pdf, 100, true);
  expect([...read.bytes!]).toEqual([0x25, 0x50, 0x44, 0x46, 0xff]);
});

test('a fake without a stream is cut by characters', async () => {
  const fake = { headers: new Headers(), text: async () => 'abcdef' };
  expect(await readBody(fake, 3)).toEqual({ text: 'abc', truncated: true });
  expect(await readBody(fake)).toEqual({ text: 'abcdef', truncated: false });
});
