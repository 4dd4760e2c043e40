// A small list of the most depended-on packages per registry, for "did you mean" when a name does not exist: a model
// that invents `reqeusts` or `pandass` was reaching for one of these. Edit distance against it needs no request.
import type { Registry } from '../core/report';

/** Why: the names a typo or an invented near-name most likely meant; short on purpose (bundled in the worker). */
export const POPULAR_PACKAGES: Readonly<Record<Registry, readonly string[]>> = {
  pypi: [
    'requests',
    'numpy',
    'pandas',
    'scipy',
    'matplotlib',
    'scikit-learn',
    'torch',
    'tensorflow',
    'keras',
    'flask',
    'django',
    'fastapi',
    'pydantic',
    'sqlalchemy',
    'boto3',
    'pyyaml',
    'pillow',
    'beautifulsoup4',
    'httpx',
    'aiohttp',
    'uvicorn',
    'celery',
    'redis',
    'pytest',
    'click',
    'rich',
    'transformers',
    'openai',
    'langchain',
    'seaborn',
    'opencv-python',
    'lxml',
    'jinja2',
    'setuptools',
    'urllib3',
    'certifi',
    'psycopg2',
    'python-dateutil',
    'tqdm',
    'polars',
  ],
  npm: [
    'react',
    'react-dom',
    'lodash',
    'express',
    'axios',
    'chalk',
    'commander',
    'moment',
    'dayjs',
    'vue',
    'typescript',
    'webpack',
    'vite',
    'next',
    'jest',
    'vitest',
    'eslint',
    'prettier',
    'zod',
    'uuid',
    'dotenv',
    'debug',
    'yargs',
    'rxjs',
    'redux',
    'tailwindcss',
    'cross-env',
    'node-fetch',
    'socket.io',
    'mongoose',
  ],
  go: [
    'github.com/gorilla/mux',
    'github.com/gin-gonic/gin',
    'github.com/spf13/cobra',
    'github.com/stretchr/testify',
  ],
  maven: [
    'com.google.guava:guava',
    'org.apache.commons:commons-lang3',
    'com.fasterxml.jackson.core:jackson-databind',
  ],
  cargo: ['serde', 'serde_json', 'tokio', 'rand', 'clap', 'anyhow', 'thiserror', 'reqwest', 'regex', 'log'],
  rubygems: ['rails', 'rake', 'rspec', 'nokogiri', 'puma', 'sinatra', 'devise', 'sidekiq'],
  packagist: [
    'guzzlehttp/guzzle',
    'laravel/framework',
    'monolog/monolog',
    'symfony/console',
    'phpunit/phpunit',
  ],
};

/** Why: the edit distance with adjacent transpositions counted once ("reqeusts" is one slip from "requests"). */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...Array<number>(b.length).fill(0),
  ]);
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

/** Why: popular names one or two slips from `name` (short names allow one), nearest first. */
export function nearPopular(registry: Registry, name: string): string[] {
  const fold = (s: string) => s.toLowerCase().replace(/[-_.]+/g, '-');
  const n = fold(name);
  const limit = n.length <= 5 ? 1 : 2;
  return POPULAR_PACKAGES[registry]
    .map((p) => [p, editDistance(n, fold(p), limit)] as const)
    .filter(([p, d]) => d > 0 && d <= limit && fold(p) !== n)
    .sort((a, b) => a[1] - b[1])
    .map(([p]) => p);
}
