// Import name -> registry package name, where the two differ. Everything not listed keeps its import name.

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
export function isPythonNamespace(module: string): boolean {
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

// Rust import names whose crates.io name is spelled with '-'. crates.io treats '-' and '_' as one name, but
// deps.dev looks names up as given; for crates not listed the verify layer may retry the '-' spelling.
const CARGO_HYPHENATED = new Set([
  'async_trait',
  'futures_util',
  'futures_core',
  'tokio_util',
  'tokio_stream',
  'tracing_subscriber',
  'tracing_appender',
  'wasm_bindgen',
  'wasm_bindgen_futures',
  'proc_macro2',
  'tower_http',
  'aws_config',
  'aws_sdk_s3',
  'aws_sdk_dynamodb',
  'openssl_sys',
  'num_traits',
  'tokio_postgres',
  'actix_web',
  'actix_rt',
  'sea_orm',
  'http_body',
  'hyper_util',
  'reqwest_middleware',
]);

/** Why: `use tokio_util::...` is the crate tokio-util; the lookup needs the published spelling. */
export function cargoPackage(crate: string): string {
  return CARGO_HYPHENATED.has(crate) ? crate.replace(/_/g, '-') : crate;
}

// Ruby require path (first element or whole path) -> gem, where they differ.
const RUBYGEMS: Record<string, string> = {
  active_record: 'activerecord',
  active_support: 'activesupport',
  active_model: 'activemodel',
  active_job: 'activejob',
  active_storage: 'activestorage',
  action_controller: 'actionpack',
  action_dispatch: 'actionpack',
  action_view: 'actionview',
  action_mailer: 'actionmailer',
  action_cable: 'actioncable',
};

/** Why: `require 'active_record'` is the gem activerecord; `require 'google/cloud/storage'` is google-cloud-storage. */
export function rubygemsPackage(path: string): string {
  const parts = path.split('/');
  const first = parts[0] ?? path;
  if (first === 'google' && parts[1] === 'cloud' && parts[2]) return `google-cloud-${parts[2]}`;
  return RUBYGEMS[path] ?? RUBYGEMS[first] ?? first;
}
