// Rust: `use a::b`, `use a::{b, c}`, `extern crate x`, and crate roots of paths like `#[tokio::main]`; the
// built-in crates, modules and Cargo packages the article defines, and crate -> crates.io spelling.
import { declaredNames, localSet, normalizeName } from '../local';
import {
  settled,
  unverified,
  type Classification,
  type Found,
  type Language,
  type LocalNames,
} from '../types';
import type { Registry } from '../../report';

const BUILTIN = new Set(['std', 'core', 'alloc', 'proc_macro', 'test']);
const SELF = new Set(['crate', 'self', 'super', 'Self']);
const PRIMITIVES = new Set(
  'i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize f32 f64 bool char str'.split(' '),
);

const USE =
  /(?<![\w:])(?:pub(?:\([^)\n]{0,40}\))?[ \t]+)?use[ \t\n]+(::)?([A-Za-z_]\w*)((?:[ \t]*::[ \t]*[A-Za-z_]\w*)*)/dg;
const EXTERN = /(?<!\w)extern[ \t]+crate[ \t]+([A-Za-z_]\w*)(?:[ \t]+as[ \t]+([A-Za-z_]\w*))?/dg;
const DECLARED = /\b(?:mod|fn|struct|enum|trait|type|union|static|const)[ \t]+([A-Za-z_]\w*)/g;
// A lowercase path root outside `use`: a crate (or a module in scope); `x.y::<T>` and `T::` are not.
const QUALIFIED = /(?<![\w:.$])([a-z_][a-z0-9_]*)[ \t]*::(?![ \t]*<)/dg;

function extract(masked: string): Found[] {
  const out: Found[] = [];
  const bound = new Set<string>();
  const parts: string[] = [];
  let kept = 0;
  let semi = -1;
  for (const m of masked.matchAll(USE)) {
    const from = m.index ?? 0;
    const [start] = m.indices?.[2] ?? [from];
    out.push({ module: ((m[1] ?? '') + m[2] + (m[3] ?? '')).replace(/\s+/g, ''), offset: start });
    // One forward lookup per ';', however many `use` words precede it.
    if (semi !== -2 && semi < start) {
      const k = masked.indexOf(';', start);
      semi = k < 0 ? -2 : k; // -2: no ';' anywhere ahead
    }
    const end = semi >= 0 && semi - start < 4000 ? semi : from + m[0].length;
    // Every name a `use` brings into scope may start a path later (`use std::io; io::stdin()`).
    for (const id of masked.slice(start, end).matchAll(/[A-Za-z_]\w*/g)) bound.add(id[0]);
    if (from >= kept) {
      parts.push(masked.slice(kept, from), ' '.repeat(end - from));
      kept = end;
    }
  }
  parts.push(masked.slice(kept));
  const rest = parts.join('');
  for (const m of masked.matchAll(EXTERN)) {
    out.push({ module: m[1] as string, offset: m.indices?.[1]?.[0] ?? 0 });
    bound.add(m[2] ?? (m[1] as string));
  }
  for (const m of masked.matchAll(DECLARED)) bound.add(m[1] as string);
  for (const m of rest.matchAll(QUALIFIED)) {
    const root = m[1] as string;
    if (bound.has(root) || BUILTIN.has(root) || SELF.has(root) || PRIMITIVES.has(root)) continue;
    out.push({ module: root, offset: m.indices?.[1]?.[0] ?? 0 });
  }
  return out.sort((a, b) => a.offset - b.offset);
}

const REGISTRY: Registry = 'cargo';

function classify(found: Found, local: LocalNames): Classification {
  const root = found.module.replace(/^::/, '').split('::')[0] ?? found.module;
  if (BUILTIN.has(root)) return settled('builtin');
  if (SELF.has(root)) return settled('local', 'path within this crate');
  if (
    declaredNames(local, 'rust').has(root) ||
    localSet(local, 'rs').has(root) ||
    local.projects.has(normalizeName(root))
  ) {
    return settled('local', 'defined in this article');
  }
  return unverified(cargoPackage(root), REGISTRY);
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

/** Why: Rust names crates in `use` paths; the crate is what crates.io (via deps.dev) can confirm. */
export const rust: Language = {
  name: 'rust',
  aliases: ['rs'],
  signals: [
    [/\bfn[ \t]+\w+[ \t]*(?:<[^>\n]*>)?[ \t]*\(/, 3],
    [/\blet[ \t]+mut\b/, 3],
    [/^[ \t]*(?:pub[ \t]+)?use[ \t]+(?:::)?\w+::/m, 3],
    [/\b(?:println|format|vec|panic|assert_eq|assert)!\s*[([]/, 3],
    [/\bimpl\b(?:<[^>\n]*>)?[ \t]+\w+/, 2],
    [/#\[derive\(/, 3],
    [/&(?:mut[ \t]+)?self\b/, 3],
  ],
  mask: { line: ['//'], block: true, nested: true, quotes: '"', multiline: true, rust: true },
  extract,
  classify,
  local: {
    files: ['rs'],
    projects: [/^\[package\][\s\S]{0,2000}?^name[ \t]*=[ \t]*"([^"\n]+)"/m],
    declarations: /^[ \t]*(?:pub(?:\([^)\n]*\))?[ \t]+)?mod[ \t]+([A-Za-z_]\w*)[ \t]*[;{]/gm,
  },
  registry: REGISTRY,
};
