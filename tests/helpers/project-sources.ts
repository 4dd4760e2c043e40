// The project's own articles: every saved fixture and reader-judged case (tests/fixtures, tests/reader), as text.
import { readdirSync, readFileSync } from 'node:fs';

const ROOT = new URL('../../', import.meta.url);

/** Why: one walk over the project's articles for the tests that run a rule over all of them. */
export function projectSources(): { name: string; markdown: boolean; text: string }[] {
  const out: { name: string; markdown: boolean; text: string }[] = [];
  for (const dir of ['tests/fixtures/', 'tests/reader/']) {
    for (const name of readdirSync(new URL(dir, ROOT))) {
      for (const file of ['source.md', 'source.html']) {
        let text: string;
        try {
          text = readFileSync(new URL(`${dir}${name}/${file}`, ROOT), 'utf8');
        } catch {
          continue;
        }
        out.push({ name: `${name}/${file}`, markdown: file.endsWith('.md'), text });
      }
    }
  }
  return out;
}
