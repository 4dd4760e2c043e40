import type { Check } from './types';

/** Why: "production code" importing a package no registry has was never run. */
export const nonexistentImport: Check = {
  id: 'nonexistent-import',
  description: 'Code imports a package that its registry does not have (online checks only).',
  run: (report) =>
    report.imports
      .filter((i) => i.status === 'missing')
      .map((i) => ({
        severity: 'high' as const,
        message:
          `${i.language} code imports "${i.module}", but ${i.registry ?? 'its registry'} has no package "${i.package ?? i.module}".` +
          (i.suggestions?.length ? ` Did you mean ${i.suggestions.map((s) => `"${s}"`).join(' or ')}?` : ''),
        ref: i.id,
      })),
};
