// Imports: does each third-party package exist in its registry (deps.dev, PyPI, the npm registry, Packagist)?
import { needsLookup, verifyImports } from '../imports';
import type { Verifier } from '../verifier';
import { CHECK_HOSTS } from '../../shared/check-hosts';

/** Why: "production code" importing a package no registry has was never run; sends package names only. */
export const importsVerifier: Verifier = {
  id: 'imports',
  description: 'Looks up each third-party package the article’s code imports in its registry.',
  items: ['imports'],
  hosts: CHECK_HOSTS.imports,
  wants: (report) => report.imports.some(needsLookup),
  async run(report, ctx) {
    const checked = await verifyImports(report.imports, ctx.registry, ctx.signal);
    const imports: Record<string, { status: (typeof checked)[number]['status']; reason?: string }> = {};
    checked.forEach((ref, i) => {
      if (needsLookup(report.imports[i]!)) imports[ref.id] = { status: ref.status, reason: ref.reason };
    });
    return { imports };
  },
};
