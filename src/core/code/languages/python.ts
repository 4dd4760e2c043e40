// Python: `import a, b as c`, `from x.y import z`, `from . import rel`, `importlib.import_module('x')`; the
// standard library, files and projects the article defines, and import name -> PyPI distribution.
import stdlib from '../../data/python-stdlib.json';
import { localSet, normalizeName } from '../local';
import {
  settled,
  unverified,
  type Classification,
  type Found,
  type Language,
  type LocalNames,
} from '../types';
import type { Registry } from '../../report';

const STDLIB: ReadonlySet<string> = new Set(stdlib);

// Statements start a line, or follow ';' or a one-line block's ':'; `>>>`/`...` are console prompts.
const START = String.raw`(?:^|[;:])[ \t]*(?:(?:>>>|\.\.\.)[ \t]+)?`;
const NAME = String.raw`[A-Za-z_][\w.]*`;
const FROM = new RegExp(
  START + String.raw`from[ \t]+(\.+[\w.]*|${NAME})[ \t]+import\b[ \t]*(\([^)]{0,2000}\)|[^\n;]{0,2000})`,
  'gmd',
);
const FROM_ITEM = /(?<![\w.])([A-Za-z_]\w*)(?:\s+as\s+\w+)?/g;
const IMPORT = new RegExp(
  START +
    String.raw`import[ \t]+(${NAME}(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*${NAME}(?:[ \t]+as[ \t]+\w+)?)*)`,
  'gmd',
);
const IMPORT_ITEM = new RegExp(String.raw`(${NAME})(?:[ \t]+as[ \t]+\w+)?`, 'g');
const DYNAMIC = /(?<!\w)(?:__import__|import_module)\([ \t]*(['"])(\uE000+)\1/dg;

function extract(masked: string, src: string): Found[] {
  const out: Found[] = [];
  for (const m of masked.matchAll(FROM)) {
    const name = m[1] as string;
    const offset = m.indices?.[1]?.[0] ?? 0;
    const module = name.replace(/\.+$/, '');
    if (name.startsWith('.')) out.push({ module: name, offset, local: true });
    else if (!isPythonNamespace(module)) out.push({ module, offset });
    else {
      // `from google.cloud import storage, bigquery`: each name is a distribution of its own.
      const base = m.indices?.[2]?.[0] ?? 0;
      for (const item of (m[2] ?? '').matchAll(FROM_ITEM)) {
        out.push({ module: `${module}.${item[1] as string}`, offset: base + (item.index ?? 0) });
      }
    }
  }
  for (const m of masked.matchAll(IMPORT)) {
    const base = m.indices?.[1]?.[0] ?? 0;
    for (const item of (m[1] as string).matchAll(IMPORT_ITEM)) {
      out.push({ module: (item[1] as string).replace(/\.+$/, ''), offset: base + (item.index ?? 0) });
    }
  }
  for (const m of masked.matchAll(DYNAMIC)) {
    const [start, end] = m.indices?.[2] ?? [0, 0];
    const module = src.slice(start, end);
    if (!/^\.*[A-Za-z_][\w.]*$/.test(module)) continue;
    out.push(module.startsWith('.') ? { module, offset: start, local: true } : { module, offset: start });
  }
  return out;
}

const REGISTRY: Registry = 'pypi';

function classify(found: Found, local: LocalNames): Classification {
  if (found.local) return settled('local', 'relative import');
  const top = found.module.split('.')[0] ?? found.module;
  if (STDLIB.has(top)) return settled('builtin');
  const defined = localSet(local, 'py');
  if (defined.has(top) || defined.has(found.module) || local.projects.has(normalizeName(top))) {
    return settled('local', 'defined in this article');
  }
  return unverified(pypiPackage(found.module), REGISTRY);
}

// Python import (top level, or a dotted prefix) -> PyPI distribution. Only real mismatches are listed: PyPI
// compares names case-insensitively with '-', '_' and '.' equivalent, so `qorvex_engine` needs no entry.
const PYPI: Record<string, string> = {
  sklearn: 'scikit-learn',
  skimage: 'scikit-image',
  cv2: 'opencv-python',
  yaml: 'PyYAML',
  PIL: 'Pillow',
  bs4: 'beautifulsoup4',
  dateutil: 'python-dateutil',
  dotenv: 'python-dotenv',
  jwt: 'PyJWT',
  jose: 'python-jose',
  attr: 'attrs',
  Crypto: 'pycryptodome',
  Cryptodome: 'pycryptodomex',
  serial: 'pyserial',
  usb: 'pyusb',
  docx: 'python-docx',
  pptx: 'python-pptx',
  magic: 'python-magic',
  OpenSSL: 'pyOpenSSL',
  multipart: 'python-multipart',
  slugify: 'python-slugify',
  decouple: 'python-decouple',
  telegram: 'python-telegram-bot',
  discord: 'discord.py',
  git: 'GitPython',
  github: 'PyGithub',
  gitlab: 'python-gitlab',
  jenkins: 'python-jenkins',
  gi: 'PyGObject',
  wx: 'wxPython',
  fitz: 'PyMuPDF',
  MySQLdb: 'mysqlclient',
  'mysql.connector': 'mysql-connector-python',
  ldap: 'python-ldap',
  dns: 'dnspython',
  nacl: 'PyNaCl',
  zmq: 'pyzmq',
  faiss: 'faiss-cpu',
  socketio: 'python-socketio',
  engineio: 'python-engineio',
  kafka: 'kafka-python',
  Bio: 'biopython',
  umap: 'umap-learn',
  absl: 'absl-py',
  grpc: 'grpcio',
  grpc_tools: 'grpcio-tools',
  websocket: 'websocket-client',
  pkg_resources: 'setuptools',
  _pytest: 'pytest',
  osgeo: 'GDAL',
  mpl_toolkits: 'matplotlib',
  bson: 'pymongo',
  gridfs: 'pymongo',
  snappy: 'python-snappy',
  Xlib: 'python-xlib',
  vlc: 'python-vlc',
  whisper: 'openai-whisper',
  llama_cpp: 'llama-cpp-python',
  weaviate: 'weaviate-client',
  cassandra: 'cassandra-driver',
  rest_framework: 'djangorestframework',
  corsheaders: 'django-cors-headers',
  environ: 'django-environ',
  crispy_forms: 'django-crispy-forms',
  debug_toolbar: 'django-debug-toolbar',
  antlr4: 'antlr4-python3-runtime',
  argon2: 'argon2-cffi',
  community: 'python-louvain',
  win32api: 'pywin32',
  win32con: 'pywin32',
  win32com: 'pywin32',
  win32gui: 'pywin32',
  pythoncom: 'pywin32',
  pywintypes: 'pywin32',
  pythonjsonlogger: 'python-json-logger',
  googleapiclient: 'google-api-python-client',
  'google.protobuf': 'protobuf',
  'google.auth': 'google-auth',
  'google.oauth2': 'google-auth',
  'google.api_core': 'google-api-core',
  'google.generativeai': 'google-generativeai',
  'google.genai': 'google-genai',
  'snowflake.connector': 'snowflake-connector-python',
  'ruamel.yaml': 'ruamel.yaml',
  'zope.interface': 'zope.interface',
  opentelemetry: 'opentelemetry-api',
  'opentelemetry.trace': 'opentelemetry-api',
  'opentelemetry.metrics': 'opentelemetry-api',
  'opentelemetry.context': 'opentelemetry-api',
  'opentelemetry.propagate': 'opentelemetry-api',
  'opentelemetry.baggage': 'opentelemetry-api',
  airflow: 'apache-airflow',
};

// Namespace packages: `prefix.X` ships as `dist-X` (google.cloud.storage -> google-cloud-storage).
const PYPI_NAMESPACES: [prefix: string, depth: number][] = [
  ['google.cloud', 3],
  ['azure.storage', 3],
  ['azure.mgmt', 3],
  ['azure.ai', 3],
  ['azure.keyvault', 3],
  ['azure.monitor', 3],
  ['azure.search', 3],
  ['azure.data', 3],
  ['azure.communication', 3],
  ['azure', 2],
  ['opentelemetry.instrumentation', 3],
  ['opentelemetry.exporter', 3],
  ['opentelemetry', 2],
  ['llama_index.llms', 3],
  ['llama_index.embeddings', 3],
  ['llama_index.vector_stores', 3],
  ['llama_index.readers', 3],
  ['llama_index', 2],
  ['sphinxcontrib', 2],
  ['backports', 2],
  ['jaraco', 2],
];

/**
 * Why: `from google.cloud import storage` imports the distribution google-cloud-storage, not "google"; for these
 * prefixes the names after `import` are modules of their own.
 */
function isPythonNamespace(module: string): boolean {
  return (
    module === 'google' ||
    PYPI_NAMESPACES.some(([prefix, depth]) => prefix === module && depth > 2) ||
    ['azure', 'opentelemetry', 'llama_index', 'sphinxcontrib', 'backports', 'jaraco'].includes(module)
  );
}

/** Why: `import sklearn` must be looked up as scikit-learn, or a real package reads as missing. */
export function pypiPackage(module: string): string {
  const parts = module.split('.');
  // Longest listed dotted prefix first, then namespace rules, then a listed top level.
  for (let n = parts.length; n >= 2; n--) {
    const hit = PYPI[parts.slice(0, n).join('.')];
    if (hit) return hit;
  }
  for (const [prefix, depth] of PYPI_NAMESPACES) {
    if (!module.startsWith(prefix + '.') || parts.length < depth) continue;
    const dotted = parts.slice(0, depth).join('.');
    // google.cloud.pubsub_v1 -> google-cloud-pubsub: the version suffix is the module's, not the distribution's.
    return dotted.replace(/_v\d+(?:beta\d*|alpha\d*)?$/, '').replace(/[._]/g, '-');
  }
  const top = parts[0] ?? module;
  return PYPI[top] ?? top;
}

/** Why: Python is the language of the posts this tool exists for (`from liam_core import ...`). */
export const python: Language = {
  name: 'python',
  aliases: ['py', 'py3', 'python3', 'ipython', 'ipython3', 'pycon'],
  signals: [
    [/^[ \t]*(?:>>> )?from[ \t]+\.*[\w.]*[ \t]+import[ \t]+[\w*(]/m, 3],
    [
      /^[ \t]*(?:>>> )?import[ \t]+[\w.]+(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[\w.]+(?:[ \t]+as[ \t]+\w+)?)*[ \t]*$/m,
      2,
    ],
    // `import numpy as np`: lower-case module with an alias (Kotlin aliases end in a Class; Swift has none).
    [/^[ \t]*(?:>>> )?import[ \t]+[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)*[ \t]+as[ \t]+\w+[ \t]*$/m, 1],
    [/^[ \t]*(?:async[ \t]+)?def[ \t]+\w+[ \t]*\([^\n]*\)[ \t]*(?:->[^:\n]+)?:[ \t]*(?:#.*)?$/m, 3],
    [/^[ \t]*class[ \t]+\w+(?:\([^)\n]*\))?:[ \t]*$/m, 3],
    [/\bif[ \t]+__name__[ \t]*==/, 3],
    [/^[ \t]*(?:elif\b[^\n]*|else|try|finally|except\b[^\n]*):[ \t]*$/m, 2],
    [/\bself\.\w/, 1],
    [/\bprint\(/, 1],
    [/\b(?:True|False|None)\b/, 1],
  ],
  mask: { line: ['#'], quotes: `'"`, triple: true },
  extract,
  classify,
  local: {
    files: ['py'],
    projects: [
      /^\[(?:project|tool\.poetry)\][\s\S]{0,2000}?^name[ \t]*=[ \t]*["']([^"'\n]+)["']/m,
      /\bsetup\([\s\S]{0,2000}?\bname[ \t]*=[ \t]*["']([^"'\n]+)["']/,
    ],
  },
  registry: REGISTRY,
};
