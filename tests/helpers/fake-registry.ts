// A stand-in for deps.dev, PyPI, the npm registry and Packagist on 127.0.0.1 (one base URL for all of them): answers
// 200 for the real packages in tests/recordings/registry-known.json (with the version histories of
// registry-history.json, or two old versions), 404 (with the real APIs' error bodies) for everything else, and
// deps.dev's similarly-named packages as the known names one or two edits away.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { normalizePypiName } from '../../src/verify/registry';
import { editDistance } from '../../src/verify/popular-packages';
import { recorded } from './http-server';

const read = (file: string) =>
  JSON.parse(readFileSync(new URL(`../recordings/${file}`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;
const KNOWN = read('registry-known.json') as Record<string, string[]>;
type Version = { version: string; publishedAt: string; isDefault?: boolean; isDeprecated?: boolean };
const HISTORY = read('registry-history.json') as Record<string, Record<string, Version[]>>;
const OLD: Version[] = [
  { version: '1.0.0', publishedAt: '2019-03-01T00:00:00Z' },
  { version: '2.0.0', publishedAt: '2024-03-01T00:00:00Z', isDefault: true },
];

// PyPI names compare as the client compares them (PEP 503).
const normalize = (system: string, name: string) => (system === 'PYPI' ? normalizePypiName(name) : name);
const known = new Map<string, Set<string>>();
for (const [sys, names] of Object.entries(KNOWN))
  if (sys !== '//') known.set(sys, new Set(names.map((n) => normalize(sys, n))));
for (const [sys, packages] of Object.entries(HISTORY))
  if (sys !== '//')
    for (const n of Object.keys(packages))
      (known.get(sys) ?? known.set(sys, new Set()).get(sys)!).add(normalize(sys, n));
const history = (sys: string, name: string): Version[] =>
  Object.entries(HISTORY[sys] ?? {}).find(([n]) => normalize(sys, n) === normalize(sys, name))?.[1] ?? OLD;

/** Why: what a test needs: the base URL to pass as deps.dev, PyPI and Packagist, the paths asked, and a way to stop. */
export interface FakeRegistry {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

/** Why: fixture, CLI and e2e tests verify imports against registries that behave like the real ones. */
export async function startFakeRegistry(): Promise<FakeRegistry> {
  const depsNotFound = recorded('depsdev/not-found.json');
  const pypiNotFound = recorded('pypi/not-found.json');
  const packagistNotFound = recorded('packagist/not-found.json');
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    requests.push(url);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/html' : 'application/json' });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    const has = (system: string, name: string) => known.get(system)?.has(normalize(system, name)) ?? false;
    const similar = /^\/v3alpha\/systems\/([A-Z]+)\/packages\/([^/?]+):similarlyNamedPackages$/.exec(url);
    if (similar) {
      const [, system, raw] = similar as unknown as [string, string, string];
      const name = normalize(system, decodeURIComponent(raw));
      const near = [...(known.get(system) ?? [])].filter((n) => n !== name && editDistance(n, name, 2) <= 2);
      return send(200, { packages: near.map((n) => ({ packageKey: { system, name: n } })) });
    }
    const deps = /^\/v3\/systems\/([A-Z]+)\/packages\/([^/?]+)$/.exec(url);
    if (deps) {
      const [, system, raw] = deps as unknown as [string, string, string];
      const name = decodeURIComponent(raw);
      if (!has(system, name)) return send(404, depsNotFound.body);
      const versions = history(system, name).map((v) => ({
        versionKey: { system, name, version: v.version },
        publishedAt: v.publishedAt,
        isDefault: v.isDefault ?? false,
        ...(v.isDeprecated && { isDeprecated: true }),
      }));
      return send(200, { packageKey: { system, name }, versions });
    }
    const pypi = /^\/pypi\/([^/?]+)\/json$/.exec(url);
    if (pypi) {
      const name = decodeURIComponent(pypi[1]!);
      if (!has('PYPI', name)) return send(404, pypiNotFound.body);
      const releases = Object.fromEntries(
        history('PYPI', name).map((v) => [v.version, [{ upload_time_iso_8601: v.publishedAt }]]),
      );
      return send(200, { info: { name, version: '1.0.0' }, releases });
    }
    const packagist = /^\/p2\/([^/?]+)\/([^/?]+)\.json$/.exec(url);
    if (packagist) {
      const name = `${decodeURIComponent(packagist[1]!)}/${decodeURIComponent(packagist[2]!)}`;
      if (!has('PACKAGIST', name)) return send(404, packagistNotFound.body);
      const versions = history('PACKAGIST', name).map((v) => ({
        name,
        version: v.version,
        time: v.publishedAt,
      }));
      return send(200, { packages: { [name]: versions } });
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
