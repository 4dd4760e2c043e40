// The registry tests' stand-ins: deps.dev, PyPI and npm each on its own 127.0.0.1 server for one test, replaying
// recorded answers (src/verify/registry*.test.ts).
import type { RegistryOptions } from '../../src/verify/registry';
import { createRegistryClient } from '../../src/verify/registry';
import type { FetchLike } from '../../src/verify/http';
import { recorded, type Route, type TestServer } from './http-server';
import { serverPerTest } from './server-per-test';

/** Why: the tests' fetch is the real one, against the local servers. */
export const realFetch: FetchLike = globalThis.fetch;

/** Why: what a server was asked, in order. */
export const paths = (s: TestServer): string[] => s.requests.map((r) => r.url);

/** Why: npm's answer for a package it does not have. */
export const NPM_404 = { status: 404, body: { error: 'Not found' } };
/** Why: recorded answers: deps.dev's "not found", PyPI's "requests" and PyPI's 404. */
export const NOT_FOUND = recorded('depsdev/not-found.json');
export const PYPI_OK = recorded('pypi/requests.json');
export const PYPI_404 = recorded('pypi/not-found.json');

/**
 * Why: call once per test file (it registers the servers' teardown). `setup` starts deps.dev, PyPI and npm on
 * separate servers, so each request log shows exactly what that service was asked, and a client pointed at them.
 */
export function registryServers() {
  const serve = serverPerTest();
  const setup = async (
    depsdev: Record<string, Route>,
    pypi: Record<string, Route> = {},
    opts: Partial<RegistryOptions> = {},
    npm: Record<string, Route> = {},
  ) => {
    const d = await serve(depsdev);
    const p = await serve(pypi);
    const n = await serve(npm);
    const client = createRegistryClient({
      fetch: realFetch,
      depsdevUrl: d.url,
      pypiUrl: p.url,
      npmUrl: n.url,
      retryDelayMs: 10,
      ...opts,
    });
    return { d, p, n, client };
  };
  return { serve, setup };
}
