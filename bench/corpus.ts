// Articles of any size for the scaling benchmark: real saved Markdown posts (their front matter cut), repeated with
// the numbers changed on every copy so no two paragraphs are the same, until the size is reached.
import { readFileSync, readdirSync, existsSync } from 'node:fs';

const ROOT = new URL('../', import.meta.url);

function sources(): string[] {
  const out = [readFileSync(new URL('samples/sample-post.md', ROOT), 'utf8')];
  const dir = new URL('tests/fixtures/', ROOT);
  for (const name of readdirSync(dir).sort()) {
    const file = new URL(`${name}/source.md`, dir);
    if (existsSync(file)) out.push(readFileSync(file, 'utf8'));
  }
  return out.map((s) => s.replace(/^---\n[\s\S]*?\n---\n/, ''));
}

/** Why: a Markdown article of about `bytes` characters made of real posts, each copy with its own numbers. */
export function generateMarkdown(bytes: number): string {
  const seed = sources();
  const parts: string[] = ['# A generated article\n\n'];
  let size = parts[0]!.length;
  for (let i = 0; size < bytes; i++) {
    const text = seed[i % seed.length]!.replace(/\d+/g, (d) => String((Number(d) + i) % 1000));
    const piece = size + text.length > bytes ? text.slice(0, bytes - size) : text;
    parts.push(piece, '\n\n');
    size += piece.length + 2;
  }
  return parts.join('');
}
