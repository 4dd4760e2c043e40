#!/usr/bin/env node
// `npx claimlens`: runs the built CLI. `npm install` builds it (the prepare script); `npm run build:node` rebuilds it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist-node/cli.js', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write(
    'claimlens: the CLI is not built yet; run `npm run build:node` (npm install does it)\n',
  );
  process.exit(2);
}
await import(cli);
