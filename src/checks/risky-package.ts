import type { Check } from './types';

/** Why: a package registered last week with one version is the shape of slopsquatting (someone registered the name a
 *  model invented); a deprecated one should not be in new code. Online checks only. */
export const riskyPackage: Check = {
  id: 'risky-package',
  description:
    'Code imports a package first published in the last 30 days, with a single version, or deprecated.',
  run: (report) =>
    report.imports
      .filter((i) => i.status === 'exists' && (i.risk?.flags.length ?? 0) > 0)
      .map((i) => {
        const flags = i.risk!.flags;
        const fresh = flags.includes('new') || flags.includes('single-version');
        return {
          severity: fresh ? ('medium' as const) : ('low' as const),
          message:
            `${i.language} code imports "${i.package ?? i.module}", which ${i.risk!.reason}` +
            (fresh
              ? ': check it is the package the author meant (invented names get registered this way).'
              : '.'),
          ref: i.id,
        };
      }),
};
