// Print Node's built-in module names as compact JSON: { "modules": [...], "prefixOnly": [...] }.
// Why: ClaimLens marks `import fs from 'fs/promises'` and `node:test` as builtin without asking npm.
// `modules` are reachable with or without the `node:` prefix; `prefixOnly` only with it ('test' alone
// is an npm package). The list comes from the running Node (module.builtinModules) plus the
// prefix-only modules that newer Node versions added, so code written for them is recognised.
// Regenerate: node scripts/gen-node-builtins.mjs > src/core/data/node-builtins.json
import { builtinModules } from 'node:module';

// node:-only modules as of Node 24 (node:sqlite since 22.5); the running Node may know fewer.
const PREFIX_ONLY = ['node:sea', 'node:sqlite', 'node:test', 'node:test/reporters'];

const modules = new Set();
const prefixOnly = new Set(PREFIX_ONLY.map((n) => n.slice('node:'.length)));
for (const name of builtinModules) {
  if (name.startsWith('node:')) prefixOnly.add(name.slice('node:'.length));
  else modules.add(name);
}
for (const name of prefixOnly) modules.delete(name);

process.stdout.write(
  JSON.stringify({ modules: [...modules].sort(), prefixOnly: [...prefixOnly].sort() }) + '\n',
);
