// The import graph of src/ as the bundler's own parser (oxc, through vite's parseSync) reads it: every static
// import and export-from, `import type` included, and dynamic import() of a literal. Relative specifiers are
// resolved as the bundler resolves them (the file, then .ts, .tsx, /index.ts, /index.tsx); packages are not nodes.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { parseSync } from 'vite';

/** Why: what the cycle test walks: which src/ file imports which, and the imports that resolved to nothing. */
export interface ModuleGraph {
  /** File (relative to the root, '/'-separated) -> the files it imports. */
  edges: Map<string, Set<string>>;
  /** Relative specifiers that resolve to nothing: a graph with holes would hide cycles. */
  unresolved: string[];
}

const MODULE = /\.(?:ts|tsx)$/;
// The lint-boundaries test writes short-lived probe files with wrong imports into src/ folders; they are not code.
const PROBE = /(^|\/)__lint-probe-/;

function sourceFiles(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f).split(sep).join('/'))
    .filter((f) => MODULE.test(f) && !f.endsWith('.d.ts') && !PROBE.test(f));
}

function specifiers(file: string, text: string): string[] {
  const { module, errors } = parseSync(file, text);
  if (errors.length > 0) throw new Error(`${file}: ${errors[0]!.message}`);
  const out = module.staticImports.map((i) => i.moduleRequest.value);
  for (const e of module.staticExports)
    for (const entry of e.entries) if (entry.moduleRequest) out.push(entry.moduleRequest.value);
  for (const d of module.dynamicImports) {
    const literal = /^(['"`])([^'"`$]*)\1$/.exec(text.slice(d.moduleRequest.start, d.moduleRequest.end));
    if (literal) out.push(literal[2]!);
  }
  return out;
}

function resolveFile(root: string, from: string, specifier: string): string | null {
  const path = join(dirname(from), specifier.replace(/[?#].*$/, ''))
    .split(sep)
    .join('/');
  const candidates = [path, `${path}.ts`, `${path}.tsx`, `${path}/index.ts`, `${path}/index.tsx`];
  if (path.endsWith('.js')) candidates.push(path.replace(/\.js$/, '.ts'), path.replace(/\.js$/, '.tsx'));
  for (const c of candidates) {
    const abs = join(root, c);
    if (existsSync(abs) && statSync(abs).isFile()) return c;
  }
  return null;
}

/** Why: the cycle test needs every module of `dir` (under `root`) and what each imports, nothing guessed. */
export function moduleGraph(root: string, dir = 'src'): ModuleGraph {
  const files = sourceFiles(root, dir);
  const known = new Set(files);
  const edges = new Map<string, Set<string>>();
  const unresolved: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(join(root, file), 'utf8');
    } catch {
      continue; // removed while we listed (another test's temporary file)
    }
    const out = new Set<string>();
    for (const spec of specifiers(file, text)) {
      if (!spec.startsWith('.')) continue;
      const target = resolveFile(root, file, spec);
      if (target === null) unresolved.push(`${file}: '${spec}'`);
      else if (known.has(target)) out.add(target);
    }
    edges.set(file, out);
  }
  return { edges, unresolved };
}

/** Why: the folder graph ("src/core" -> "src/checks"): a cycle between layers is one even when no file cycles. */
export function layerGraph(graph: Map<string, Set<string>>, depth = 2): Map<string, Set<string>> {
  const layer = (f: string) => f.split('/').slice(0, depth).join('/');
  const out = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    const from = layer(file);
    if (!out.has(from)) out.set(from, new Set());
    for (const t of targets) if (layer(t) !== from) out.get(from)!.add(layer(t));
  }
  return out;
}

/**
 * Why: every import cycle, one per strongly connected component (Tarjan, iterative), each written as a closed
 * path through it ("a -> b -> a") so a failure says where to cut. Components are sorted; members start sorted.
 */
export function findCycles(graph: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let next = 0;
  for (const start of [...graph.keys()].sort()) {
    if (index.has(start)) continue;
    const work: [string, string[]][] = [];
    const visit = (v: string) => {
      index.set(v, next);
      low.set(v, next++);
      stack.push(v);
      onStack.add(v);
      work.push([v, [...(graph.get(v) ?? [])].sort()]);
    };
    visit(start);
    while (work.length > 0) {
      const [v, pending] = work[work.length - 1]!;
      const w = pending.shift();
      if (w !== undefined) {
        if (!index.has(w)) visit(w);
        else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1]![0];
        low.set(parent, Math.min(low.get(parent)!, low.get(v)!));
      }
      if (low.get(v) !== index.get(v)) continue;
      const component: string[] = [];
      let x: string;
      do {
        x = stack.pop()!;
        onStack.delete(x);
        component.push(x);
      } while (x !== v);
      if (component.length > 1 || graph.get(v)?.has(v)) components.push(component.sort());
    }
  }
  return components.sort((a, b) => a[0]!.localeCompare(b[0]!)).map((c) => cyclePath(graph, c));
}

// A closed path from the component's first member back to it, staying inside the component (breadth-first).
function cyclePath(graph: Map<string, Set<string>>, component: string[]): string[] {
  const members = new Set(component);
  const first = component[0]!;
  const previous = new Map<string, string>();
  const queue = [first];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of [...(graph.get(v) ?? [])].sort()) {
      if (!members.has(w)) continue;
      if (w === first) {
        const chain: string[] = [];
        for (let x = v; x !== first; x = previous.get(x)!) chain.unshift(x);
        return [first, ...chain, first];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [...component, first];
}

/** Why: for a failure message, the file imports that make a layer edge ("src/core/analyze.ts -> src/checks/index.ts"). */
export function edgesBetween(graph: Map<string, Set<string>>, from: string, to: string): string[] {
  const out: string[] = [];
  for (const [file, targets] of graph)
    if (file.startsWith(`${from}/`))
      for (const t of targets) if (t.startsWith(`${to}/`)) out.push(`${file} -> ${t}`);
  return out.sort();
}
