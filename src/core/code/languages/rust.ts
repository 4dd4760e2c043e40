// Rust imports: `use a::b`, `use a::{b, c}`, `extern crate x`, and crate roots of paths like `#[tokio::main]`.
import { cargoPackage } from '../packages';
import { localSet, normalizeName } from '../local';
import {
  settled,
  unverified,
  type Classification,
  type Found,
  type LanguageSupport,
  type LocalNames,
} from '../types';

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

function classify(found: Found, local: LocalNames): Classification {
  const root = found.module.replace(/^::/, '').split('::')[0] ?? found.module;
  if (BUILTIN.has(root)) return settled('builtin');
  if (SELF.has(root)) return settled('local', 'path within this crate');
  if (
    local.rustModules.has(root) ||
    localSet(local, 'rs').has(root) ||
    local.projects.has(normalizeName(root))
  ) {
    return settled('local', 'defined in this article');
  }
  return unverified(cargoPackage(root), 'cargo');
}

/** Why: Rust names crates in `use` paths; the crate is what crates.io (via deps.dev) can confirm. */
export const rust: LanguageSupport = { extract, classify };
