// `claimlens check --offline` makes no request at all: not to the registries, Crossref, doi.org or arXiv, not to the
// article's links, however the endpoints are set. Every fetch the CLI could reach is watched.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, test, vi } from 'vitest';
import { runCli } from '../src/cli/main';
import { startServer, type TestServer } from './helpers/http-server';

const ARTICLE = `# Green compute

Our cooling redesign cut energy use by 40% ([the operator's report](URL/report)).
Data centers use 1% of the world's electricity (Koomey et al., 2016), see doi:10.1126/science.aba3758
and arXiv:2107.03374.

\`\`\`python
import requests
import liam_core
\`\`\`

\`\`\`php
<?php
use GuzzleHttp\\Client;
\`\`\`
`;

let server: TestServer;
let dir: string;
beforeAll(async () => {
  server = await startServer({});
  dir = mkdtempSync(join(tmpdir(), 'claimlens-cli-offline-'));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => vi.restoreAllMocks());

test.each(['text', 'json', 'md', 'html', 'csv', 'annotation'])(
  '--offline --format %s asks nothing of anyone',
  async (format) => {
    const file = join(dir, 'post.md');
    writeFileSync(file, ARTICLE.replace('URL', server.url));
    const global = vi.spyOn(globalThis, 'fetch');
    const injected = vi.fn(globalThis.fetch);
    let stderr = '';
    const code = await runCli({
      argv: [
        'check',
        file,
        '--offline',
        '--format',
        format,
        '--depsdev-url',
        server.url,
        '--pypi-url',
        server.url,
      ],
      env: {
        CLAIMLENS_CROSSREF_URL: server.url,
        CLAIMLENS_DOI_URL: server.url,
        CLAIMLENS_ARXIV_URL: server.url,
        CLAIMLENS_PACKAGIST_URL: server.url,
      },
      stdout: () => undefined,
      stderr: (s) => (stderr += s),
      isTTY: false,
      fetch: injected as never,
    });
    expect([code, stderr]).toEqual([0, '']);
    expect(injected).not.toHaveBeenCalled();
    expect(global).not.toHaveBeenCalled();
    expect(server.requests).toEqual([]);
  },
);

test('the same article online does ask (so the test above can fail)', async () => {
  const file = join(dir, 'post.md');
  writeFileSync(file, ARTICLE.replace('URL', server.url));
  const code = await runCli({
    argv: [
      'check',
      file,
      '--no-cache',
      '--timeout',
      '300',
      '--depsdev-url',
      server.url,
      '--pypi-url',
      server.url,
    ],
    env: {
      CLAIMLENS_CROSSREF_URL: server.url,
      CLAIMLENS_DOI_URL: server.url,
      CLAIMLENS_ARXIV_URL: server.url,
    },
    stdout: () => undefined,
    stderr: () => undefined,
    isTTY: false,
  });
  expect(code).toBe(0);
  expect(server.requests.length).toBeGreaterThan(0);
});
