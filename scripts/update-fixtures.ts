// Writes tests/fixtures/<slug>/expected.json from the current engine, for a person to review in the diff.
// Usage: npm run fixtures:update [-- slug ...]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFixtures, project, runFixture } from '../tests/helpers/fixtures';
import { startFakeRegistry } from '../tests/helpers/fake-registry';

const only = new Set(process.argv.slice(2));
const registry = await startFakeRegistry();
try {
  for (const f of listFixtures()) {
    if (only.size && !only.has(f.slug)) continue;
    const expected = project(await runFixture(f, registry.url));
    writeFileSync(join(f.dir, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
    console.log(
      `${f.slug}: ${expected.claims.length} claims, ${expected.links.length} links, ${expected.imports.length} imports, ${expected.findings.length} findings`,
    );
  }
} finally {
  await registry.close();
}
