// The engine as it ships. tsx (which runs the benchmark) transpiles with esbuild's keepNames, wrapping every
// function it creates in a __name(fn, "name") call: in the engine's hot loops, where closures are made per block
// and per claim, that costs ~10% of a typical article's time, a cost no user pays. So the benchmark bundles
// bench/engine.ts with the CLI's own build config (vite.node.config.ts) and times that.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import nodeConfig from '../vite.node.config';
import type * as Engine from './engine';

const outDir = fileURLToPath(new URL('../node_modules/.cache/claimlens-bench', import.meta.url));

// The benchmark's child processes (speed-child.ts) load the bundle their parent built.
if (!process.env.CLAIMLENS_BENCH_PREBUILT)
  await build({
    ...nodeConfig,
    root: fileURLToPath(new URL('..', import.meta.url)),
    configFile: false,
    logLevel: 'error',
    build: {
      ...nodeConfig.build,
      outDir,
      sourcemap: false,
      rollupOptions: { ...nodeConfig.build?.rollupOptions, input: { engine: 'bench/engine.ts' } },
    },
  });

/** Why: the benchmark's engine, built as the CLI's is, with the sources' types. */
export const engine = (await import(pathToFileURL(`${outDir}/engine.js`).href)) as typeof Engine;
