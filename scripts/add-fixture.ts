// Adds a fixture case: copies a page (a local file or a URL) into tests/fixtures/<slug>/source.(md|html), writes a
// starter annotations.json and a first expected.json (the same projection as fixtures:update) for a person to review.
// Usage: npm run fixtures:add -- <file.md|file.html|URL> <slug>   (CLAIMLENS_FIXTURES_DIR overrides the folder)
// Exit codes: 0 added, 2 bad input (usage, unreadable source, existing slug); nothing is left behind on failure.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, loadInput } from '../src/cli/input';
import { createSafeFetch } from '../src/node/safe-fetch';
import { describeExpected, fixtureAt, FIXTURES_DIR, writeExpected } from '../tests/helpers/fixtures';
import { startFakeRegistry } from '../tests/helpers/fake-registry';

const USAGE = 'usage: npm run fixtures:add -- <file.md|file.html|URL> <slug>';
// Lower-case words joined by "-", like the existing cases ("md-press-release"); never a path.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function fail(message: string): never {
  console.error(`fixtures:add: ${message}`);
  process.exit(2);
}

const [input, slug, ...extra] = process.argv.slice(2);
if (!input || !slug || extra.length > 0) fail(USAGE);
if (!SLUG.test(slug) || slug.length > 64)
  fail(`slug "${slug}" must be lower-case letters and digits joined by "-" (at most 64 characters)`);

// Read the page before touching the fixtures folder, so a bad source leaves nothing behind.
// A page's host and redirects are checked like the CLI's; only a test may name one private test server.
const allowPrivate = process.env.CLAIMLENS_TEST_ALLOW_PRIVATE?.split(',').filter(Boolean);
const page = await loadInput(input, { fetch: createSafeFetch({ allowPrivate }) }).catch((e: unknown) =>
  fail(e instanceof InputError ? e.message : `cannot read ${input}: ${String(e)}`),
);

const dir = join(FIXTURES_DIR, slug);
try {
  // Not recursive: an existing folder is an error, so a reviewed case is never overwritten.
  mkdirSync(dir);
} catch (e) {
  const code = (e as NodeJS.ErrnoException).code;
  fail(
    code === 'EEXIST'
      ? `${dir} already exists; pick another slug (nothing was changed)`
      : `cannot create ${dir}: ${code ?? String(e)}`,
  );
}

const registry = await startFakeRegistry();
try {
  const format = page.kind === 'markdown' ? 'md' : 'html';
  writeFileSync(join(dir, `source.${format}`), page.text);
  const expected = await writeExpected(fixtureAt(dir), registry.url);
  const annotations = {
    title: expected.title,
    format,
    notes: 'TODO: review',
    mustFlag: [],
    mustNotBeClaims: [],
    mustBeSupported: [],
  };
  writeFileSync(join(dir, 'annotations.json'), `${JSON.stringify(annotations, null, 2)}\n`);
  console.log(describeExpected(slug, expected));
  console.log(`Added ${dir}: write annotations.json, then review expected.json against it.`);
} catch (e) {
  // A half-made case would fail the fixture test and block a retry; the page is still where it came from.
  rmSync(dir, { recursive: true, force: true });
  fail(`could not add ${slug}: ${(e as Error)?.stack ?? String(e)}`);
} finally {
  await registry.close();
}
