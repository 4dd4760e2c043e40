// The runner: switches, "wants", order and dependencies, a verifier that throws, the run's deadline and cancellation.
import { expect, test } from 'vitest';
import { claim, imp, link, report } from '../../tests/helpers/report';
import { activeVerifiers, applyPatch, resolveConfig, runVerifiers } from './run';
import type { Verifier } from './verifier';
import { VERIFIERS } from './verifiers/index';

const never: typeof fetch = () => Promise.reject(new Error('no network in this test'));

const fake = (id: Verifier['id'], run: Verifier['run'], extra: Partial<Verifier> = {}): Verifier => ({
  id,
  description: id,
  items: ['links'],
  hosts: () => ({ endpoints: [], articleLinks: false }),
  wants: () => true,
  run,
  ...extra,
});

test('a switched-off verifier, or one with nothing to do, does not run', () => {
  const r = report({ imports: [imp({ module: 'os', package: null, registry: null, status: 'builtin' })] });
  const ids = (checks: Record<string, boolean>) =>
    activeVerifiers(r, resolveConfig({ checks: checks as never })).map((v) => v.id);
  expect(ids({})).toEqual([]);
  const withWork = report({
    imports: [imp({ module: 'requests' })],
    links: [link({ text: 'x', href: 'https://example.org/a' })],
  });
  expect(activeVerifiers(withWork, resolveConfig({})).map((v) => v.id)).toEqual([
    'imports',
    'package-risk',
    'links',
  ]);
  expect(
    activeVerifiers(withWork, resolveConfig({ checks: { links: false } as never })).map((v) => v.id),
  ).toEqual(['imports', 'package-risk']);
});

test('a verifier that reads another waits for its patch; patches apply in list order', async () => {
  const first = fake('imports', async () => {
    await new Promise((r) => setTimeout(r, 30));
    return { links: { l1: { status: 'ok', reason: 'first' } } };
  });
  const second = fake(
    'package-risk',
    async (rep) => ({ links: { l1: { reason: `second saw ${rep.links[0]!.status}` } } }),
    { after: ['imports'] },
  );
  const out = await runVerifiers(report({ links: [link({ text: 'x' })] }), {
    fetch: never,
    verifiers: [first, second],
  });
  expect(out.links[0]).toMatchObject({ status: 'ok', reason: 'second saw ok' });
  expect(out.meta.online).toBe(true);
});

test('a verifier that throws changes nothing', async () => {
  const boom = fake('links', async () => {
    throw new Error('bug');
  });
  const before = report({ links: [link({ text: 'x', status: 'unchecked' })] });
  const out = await runVerifiers(before, { fetch: never, verifiers: [boom] });
  expect(out.links).toEqual(before.links);
});

test('the run deadline ends every verifier: what did not answer stays unknown', async () => {
  const hanging: typeof fetch = (_url, init) =>
    new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
  const started = Date.now();
  const out = await runVerifiers(
    report({
      imports: [imp({ module: 'requests' })],
      claims: [
        claim({
          text: '1%',
          support: 'cited-unlinked',
          evidence: [{ kind: 'author-year', text: 'Koomey, 2016' }],
        }),
      ],
    }),
    { fetch: hanging as never, deadlineMs: 300, config: { timeoutMs: 10_000 } },
  );
  expect(Date.now() - started).toBeLessThan(3000);
  expect(out.imports[0]!.status).toBe('unknown');
  expect(out.claims[0]!.evidence[0]!.work).toMatchObject({ status: 'unknown' });
});

test('the caller can cancel', async () => {
  const ctrl = new AbortController();
  ctrl.abort();
  const out = await runVerifiers(report({ imports: [imp({ module: 'requests' })] }), {
    fetch: never,
    signal: ctrl.signal,
  });
  expect(out.imports[0]!.status).toBe('unknown');
});

test('applyPatch touches only the items and fields it names', () => {
  const r = report({ links: [link({ text: 'a' }), link({ text: 'b' })] });
  const out = applyPatch(r, { links: { l2: { status: 'broken' } } });
  expect(out.links.map((l) => l.status)).toEqual(['unchecked', 'broken']);
  expect(out.links[1]!.text).toBe('b');
});

test('every endpoint is checked once, up front', () => {
  expect(() => resolveConfig({ crossrefUrl: 'crossref' })).toThrow(/Crossref URL/);
  expect(resolveConfig({}).checks).toEqual({
    imports: true,
    'package-risk': true,
    'cited-works': true,
    links: true,
    'source-mentions': true,
  });
  expect(VERIFIERS.length).toBe(5);
});
