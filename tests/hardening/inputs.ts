// The hostile and huge inputs of issue 10 ("What was seen"), generated so the repository does not carry them. The
// hardening tests, the prose gate's tests and `npm run bench` all use these, by name.

/** Why: a deterministic PRNG, so "random bytes" are the same bytes on every run and every machine. */
export function seededBytes(n: number, seed = 0x2545f491, noNul = true): Buffer {
  const out = Buffer.alloc(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    const b = x & 0xff;
    out[i] = noNul && b === 0 ? 1 : b;
  }
  return out;
}

/** Why: one paragraph of n links, as a Markdown post would hold a link dump (2,000 links are ~87 kB). */
export function linkParagraph(n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++)
    parts.push(`[source ${i}](https://example.org/reports/${i}) says ${i % 90}% faster`);
  return `# Sources\n\nOur platform is fast: ${parts.join(' and ')}.\n`;
}

/** Why: an article-shaped paragraph of about `bytes` characters, claims and links throughout (the extension's cases). */
export function longParagraph(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s = `In quarter ${i} the fleet handled ${(i * 37) % 900} requests per node and costs fell ${(i % 30) + 3}% as the [review ${i}](https://example.org/r/${i}) says, `;
    parts.push(s);
    size += s.length;
  }
  return parts.join('');
}

/** Why: the named inputs, as (file name, content); `kind` says which must be refused as not an article. */
export interface HostileInput {
  name: string;
  file: string;
  make(): string | Buffer;
  refused: RegExp | null;
}

/** Why: every input the issue reproduced against the CLI, with the one-line error expected where it is refused. */
export const CLI_INPUTS: readonly HostileInput[] = [
  {
    name: '2,000 links in one paragraph',
    file: 'links-2000.md',
    make: () => linkParagraph(2000),
    refused: null,
  },
  {
    name: '10,000 links in one paragraph',
    file: 'links-10000.md',
    make: () => linkParagraph(10_000),
    refused: null,
  },
  {
    name: '"1 " x 100000',
    file: 'ones.md',
    make: () => '1 '.repeat(100_000),
    refused: /^claimlens: .*ones\.md is not an article: mostly numbers and symbols \(0% letters\)$/,
  },
  {
    name: '"40% " x 50000',
    file: 'percent.md',
    make: () => '40% '.repeat(50_000),
    refused: /^claimlens: .*percent\.md is not an article: mostly numbers and symbols \(0% letters\)$/,
  },
  {
    name: '200 KB of random bytes (no NUL)',
    file: 'random.txt',
    make: () => seededBytes(200 * 1024),
    refused:
      /^claimlens: .*random\.txt is not an article: binary or garbled text \(\d+% unreadable characters\)$/,
  },
  {
    name: '200 KB of random bytes',
    file: 'random-nul.bin',
    make: () => seededBytes(200 * 1024, 7, false),
    refused: /^claimlens: .*random-nul\.bin is not a text file$/,
  },
  {
    name: 'base64',
    file: 'base64.txt',
    make: () =>
      seededBytes(150 * 1024, 11)
        .toString('base64')
        .replace(/.{76}/g, '$&\n'),
    refused: /^claimlens: .*base64\.txt is not an article: long runs without spaces/,
  },
  {
    name: 'minified code',
    file: 'bundle.min.js',
    make: () => {
      const names = 'abcdefghijklmnopqrstuvwxyz';
      return Array.from({ length: 2000 }, (_, i) => {
        const [a, b] = [names[i % 26], names[(i * 7) % 26]];
        return `function ${a}${b}(e,t){var n=e.props,r=t.state;if(n&&r.${b})return n.children.map(function(o){return o.key===${a}?o:null});}`;
      }).join('');
    },
    refused: /^claimlens: .*bundle\.min\.js is not an article: it reads as code/,
  },
];
