// Applies registry lookups to a report's imports. Pure data in, new data out.

import type { ImportRef } from '../core/report';
import type { RegistryClient } from './registry';

/** Why: only third-party imports still `unknown` need the network; builtin, local and settled ones are kept as is. */
export function needsLookup(ref: ImportRef): boolean {
  return (
    ref.status === 'unknown' && ref.registry !== null && typeof ref.package === 'string' && ref.package !== ''
  );
}

/** Why: the step that turns "unknown" imports into exists/missing; returns new objects, the input is not touched. */
export async function verifyImports(
  imports: ImportRef[],
  client: RegistryClient,
  signal?: AbortSignal,
): Promise<ImportRef[]> {
  return Promise.all(
    imports.map(async (ref): Promise<ImportRef> => {
      if (!needsLookup(ref)) return { ...ref };
      try {
        const { status, reason } = await client.lookup(ref.registry!, ref.package!, signal);
        return { ...ref, status, reason };
      } catch (err) {
        return { ...ref, status: 'unknown', reason: `lookup failed: ${String(err)}` };
      }
    }),
  );
}
