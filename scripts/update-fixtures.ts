// Writes tests/fixtures/<slug>/expected.json from the current engine, for a person to review in the diff.
// Usage: npm run fixtures:update [-- slug ...]
import { describeExpected, listFixtures, writeExpected } from '../tests/helpers/fixtures';
import { startFakeRegistry } from '../tests/helpers/fake-registry';

const only = new Set(process.argv.slice(2));
const registry = await startFakeRegistry();
try {
  for (const f of listFixtures()) {
    if (only.size && !only.has(f.slug)) continue;
    console.log(describeExpected(f.slug, await writeExpected(f, registry.url)));
  }
} finally {
  await registry.close();
}
