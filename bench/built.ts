// The engine as it ships. tsx (which runs the benchmark) transpiles with esbuild's keepNames, wrapping every
// function it creates in a __name(fn, "name") call: in the engine's hot loops, where closures are made per block
// and per claim, that costs ~15% of a typical article's time, a cost no user pays. So the benchmark bundles
// bench/engine.ts with vite, as `npm run build:node` bundles the CLI, and times that.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtinModules } from 'node:module';
import { build } from 'vite';
import pkg from '../package.json' with { type: 'json' };
import type * as Engine from './engine';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = fileURLToPath(new URL('../node_modules/.cache/claimlens-bench', import.meta.url));
const external = [
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  ...Object.keys(pkg.dependencies),
];

await build({
  root,
  configFile: false,
  publicDir: false,
  logLevel: 'error',
  build: {
    outDir,
    emptyOutDir: true,
    target: 'node20',
    ssr: true,
    minify: false,
    rollupOptions: {
      input: { engine: 'bench/engine.ts' },
      external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
      output: { format: 'es', entryFileNames: '[name].mjs' },
    },
  },
});

/** Why: the benchmark's engine, built as the CLI's is, with the sources' types. */
export const engine = (await import(pathToFileURL(`${outDir}/engine.mjs`).href)) as typeof Engine;
