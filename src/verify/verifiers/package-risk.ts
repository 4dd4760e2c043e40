// Package risk: a package that exists can still be a trap. Flags packages first published in the last 30 days, with a
// single version, or deprecated; for a package that does not exist, offers "did you mean" names that do.
import type { ImportRef } from '../../core/report';
import type { PackageRisk } from '../../core/report-verify';
import { isPackageRisk } from '../cached-shapes';
import { createLimiter } from '../limit';
import { assessVersions, packageVersions, similarNames } from '../package-meta';
import { nearPopular } from '../popular-packages';
import type { Verifier, VerifyContext } from '../verifier';
import { CHECK_HOSTS } from '../../shared/check-hosts';

const DAY = 24 * 60 * 60 * 1000;
const MAX_PACKAGES = 60;

const assessable = (i: ImportRef): boolean => !!i.registry && !!i.package;

async function risk(ctx: VerifyContext, ref: ImportRef): Promise<PackageRisk | null> {
  const key = `risk:${ctx.config.depsdevUrl}:${ref.registry}:${ref.package}`;
  try {
    const hit = await ctx.cache.get(key);
    if (hit && hit.expires > ctx.now()) {
      if (isPackageRisk(hit.value.data)) return hit.value.data;
    }
  } catch {
    // a broken cache is a slow cache
  }
  const versions = await packageVersions(ctx, ref.registry!, ref.package!);
  if (!versions) return null;
  const assessed = assessVersions(versions, ctx.now());
  await ctx.cache
    .set(key, {
      value: { status: 'assessed', reason: assessed.reason, data: assessed },
      expires: ctx.now() + DAY,
    })
    .catch(() => undefined);
  return assessed;
}

// deps.dev's similar names for a missing package, remembered for a day (a failed lookup is not remembered).
async function similar(ctx: VerifyContext, ref: ImportRef): Promise<string[]> {
  const key = `similar:${ctx.config.depsdevUrl}:${ref.registry}:${ref.package}`;
  try {
    const hit = await ctx.cache.get(key);
    const names = (hit?.value.data as { names?: unknown } | undefined)?.names;
    if (hit && hit.expires > ctx.now() && Array.isArray(names) && names.every((n) => typeof n === 'string'))
      return names as string[];
  } catch {
    // a broken cache is a slow cache
  }
  const names = await similarNames(ctx, ref);
  if (names === null) return [];
  await ctx.cache
    .set(key, {
      value: { status: 'listed', reason: 'deps.dev similar names', data: { names } },
      expires: ctx.now() + DAY,
    })
    .catch(() => undefined);
  return names;
}

// Names deps.dev or the popular list offer, kept only when the registry confirms they exist.
async function suggestions(ctx: VerifyContext, ref: ImportRef): Promise<string[]> {
  const candidates = [...new Set([...(await similar(ctx, ref)), ...nearPopular(ref.registry!, ref.package!)])]
    .filter((n) => n.toLowerCase() !== ref.package!.toLowerCase())
    .slice(0, 5);
  const checked = await Promise.all(
    candidates.map(async (n) =>
      (await ctx.registry.lookup(ref.registry!, n, ctx.signal)).status === 'exists' ? n : null,
    ),
  );
  return checked.filter((n): n is string => n !== null).slice(0, 3);
}

/** Why: slopsquatting registers the name a model invented; a week-old, one-version package looks as real as
 *  `requests` to a reader. Sends package names only (deps.dev, PyPI, Packagist). */
export const packageRiskVerifier: Verifier = {
  id: 'package-risk',
  description:
    'Flags packages published in the last 30 days, with one version, or deprecated; suggests real names for missing ones.',
  items: ['imports'],
  after: ['imports'],
  hosts: CHECK_HOSTS['package-risk'],
  wants: (report) =>
    report.imports.some((i) => assessable(i) && i.status !== 'builtin' && i.status !== 'local'),
  async run(report, ctx) {
    const limit = createLimiter(3);
    const imports: Record<string, Partial<ImportRef>> = {};
    const seen = new Map<string, Promise<Partial<ImportRef>>>();
    const todo = report.imports.filter(
      (i) => assessable(i) && (i.status === 'exists' || i.status === 'missing'),
    );
    await Promise.all(
      todo.slice(0, MAX_PACKAGES).map(async (i) => {
        const key = `${i.registry}:${i.package}:${i.status}`;
        let patch = seen.get(key);
        if (!patch) {
          patch = limit(async (): Promise<Partial<ImportRef>> => {
            if (i.status === 'missing') {
              const names = await suggestions(ctx, i);
              return names.length ? { suggestions: names } : {};
            }
            const r = await risk(ctx, i);
            return r ? { risk: r } : {};
          }, ctx.signal).catch(() => ({}));
          seen.set(key, patch);
        }
        const got = await patch;
        if (Object.keys(got).length) imports[i.id] = got;
      }),
    );
    return { imports };
  },
};
