// A stand-in for deps.dev, PyPI and the npm registry on 127.0.0.1 (one base URL for all three): answers 200 for the
// real packages in tests/recordings/registry-known.json and 404 (with the real APIs' error bodies) for the rest.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { normalizePypiName } from '../../src/verify/registry';
import { recorded } from './http-server';

const KNOWN = JSON.parse(
  readFileSync(new URL('../recordings/registry-known.json', import.meta.url), 'utf8'),
) as Record<string, string[]>;
// PyPI names compare as the client compares them (PEP 503).
const normalize = (system: string, name: string) => (system === 'PYPI' ? normalizePypiName(name) : name);
const known = new Map(
  Object.entries(KNOWN)
    .filter(([k]) => k !== '//')
    .map(([sys, names]) => [sys, new Set(names.map((n) => normalize(sys, n)))]),
);

/** Why: what a test needs: the base URL to pass as deps.dev and PyPI, the paths asked, and a way to stop. */
export interface FakeRegistry {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

/** Why: fixture, CLI and e2e tests verify imports against registries that behave like the real ones. */
export async function startFakeRegistry(): Promise<FakeRegistry> {
  const depsNotFound = recorded('depsdev/not-found.json');
  const pypiNotFound = recorded('pypi/not-found.json');
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    requests.push(url);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const deps = /^\/v3\/systems\/([A-Z]+)\/packages\/([^/?]+)$/.exec(url);
    if (deps) {
      const [, system, raw] = deps as unknown as [string, string, string];
      const name = decodeURIComponent(raw);
      return known.get(system)?.has(normalize(system, name))
        ? send(200, {
            packageKey: { system, name },
            versions: [{ versionKey: { system, name, version: '1.0.0' }, isDefault: true }],
          })
        : send(404, depsNotFound.body);
    }
    const pypi = /^\/pypi\/([^/?]+)\/json$/.exec(url);
    if (pypi) {
      const name = decodeURIComponent(pypi[1]!);
      return known.get('PYPI')?.has(normalize('PYPI', name))
        ? send(200, { info: { name, version: '1.0.0' }, releases: {} })
        : send(404, pypiNotFound.body);
    }
    // The npm registry's metadata: GET /<name> or /@scope%2Fname.
    const npm = /^\/((?:@[^/?]+%2[Ff])?[^/?@][^/?]*)$/.exec(url);
    if (npm) {
      const name = decodeURIComponent(npm[1]!);
      return known.get('NPM')?.has(name)
        ? send(200, { name, 'dist-tags': { latest: '1.0.0' }, versions: { '1.0.0': { name } } })
        : send(404, { error: 'Not found' });
    }
    send(400, { message: `fake registry: unexpected path ${url}` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
