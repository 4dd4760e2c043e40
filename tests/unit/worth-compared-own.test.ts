// held35: comparisons that set the author's own results side by side. A closing line that compares the new code
// with "the CUDA C++ it replaced", "far less dramatic than the slowdown" under the post's table, "faster than
// clang19" under a table with a clang19 column, and what a run printed right above it ("much less efficient than
// the C code", "'only' twice as slow"). Each beside a case that still asks for a source.
import { expect, test } from 'vitest';
import { worthOf } from '../helpers/claim-of';

// A post whose method is disclosed: it says how it ran, on what, and where the raw data is.
const METHOD =
  'We ran pyperformance on each build, on a 16-core machine with 64 GB of RAM, after a warm-up. ' +
  'The raw data is on GitHub.\n\n';
const TABLE =
  '| Benchmark | clang18 | clang19.nocg | clang19 |\n|---|---|---|---|\n| nbody | 1.00x | 1.02x | 1.09x |\n| json | 1.00x | 1.01x | 1.12x |\n\n';

test("a comparison with what the author's own work replaced sums up the post's runs", () => {
  const post = `# New kernels\n\n${METHOD}`;
  expect(worthOf(`${post}The result is code that is faster than the CUDA C++ it replaced.`, 'faster')).toBe(
    'none',
  );
  expect(worthOf(`${post}Our new code is also faster than the previous implementation.`, 'faster')).toBe(
    'none',
  );
  // Against others' code it is a claim.
  expect(worthOf(`${post}The result is code that is faster than the CUDA C++ libraries.`, 'faster')).not.toBe(
    'none',
  );
});

test("two of the post's own effects compared under its table ask for no source", () => {
  const post = `# Builds\n\n${METHOD}${TABLE}`;
  const effects =
    "Observe that the tail-call build still exhibits a speedup as compared to clang-18, but that it's far less " +
    'dramatic than the slowdown from moving to clang-19.';
  expect(worthOf(`${post}${effects}`, 'dramatic')).toBe('none');
  const rival =
    "Observe that the tail-call build still exhibits a speedup as compared to clang-18, but that it's far less " +
    "dramatic than Istio's.";
  expect(worthOf(`${post}${rival}`, 'dramatic')).not.toBe('none');
});

test("a system named with a digit that the post's table measured, anywhere below it", () => {
  const post = `# Builds\n\n${METHOD}${TABLE}Some words on the table.\n\n`;
  expect(worthOf(`${post}The nocg build, you may notice, claims to be faster than clang19.`, 'faster')).toBe(
    'none',
  );
  // A build the tables do not name stays a comparison to source.
  expect(
    worthOf(`${post}The nocg build, you may notice, claims to be faster than clang20.`, 'faster'),
  ).not.toBe('none');
});

test('prose right under a run with its printed output reads that output', () => {
  const run =
    '```console\n$ pypy3 alloc.py 1000000000\n17.86 GB/s\n$ pypy3 --jit off alloc.py 1000000000\n0.83 GB/s\n```\n\n';
  const post = `# Allocation\n\nThe C version reached 34 GB/s.\n\n${run}`;
  const under = `${post}This is much less efficient than the C code. Still, "only" twice as slow is nice.`;
  expect(worthOf(under, 'less efficient')).toBe('none');
  expect(worthOf(under, 'twice as slow')).toBe('none');
  // Under code that prints nothing measured (no prompt, no output), the same words still ask.
  const source = '```python\ndef run(n):\n    return [0] * n\n```\n\n';
  const bare = `# Allocation\n\n${source}This is much less efficient than the C code. Still, "only" twice as slow is nice.`;
  expect(worthOf(bare, 'less efficient')).not.toBe('none');
  expect(worthOf(bare, 'twice as slow')).not.toBe('none');
});

test("the largest thing one's own means allow ranks nothing; the best one can buy does", () => {
  expect(
    worthOf(
      '# Advice\n\nWe recommend training the largest model you can to stay under that cost.',
      'largest',
    ),
  ).toBe('none');
  expect(worthOf('# Advice\n\nAcme is the best database you can buy today.', 'best')).not.toBe('none');
});

test('a benchmark the author wrote is a method cue with two words before its noun', async () => {
  const { methodCues } = await import('../../src/core/worth/method-cues');
  const cues = (text: string) => {
    const found = new Set<number>();
    methodCues(text, found);
    return found.size;
  };
  expect(cues('I wrote a small RPython benchmark program to get an idea.')).toBe(1);
  expect(cues('I wrote a small RPython program to get an idea.')).toBe(0);
});

test("what running the code just shown gives is the author's run", () => {
  const post = `# Faster hashing\n\n${METHOD}\`\`\`js\nhash(input);\n\`\`\`\n\n`;
  const run =
    'Running this new version of the code shows another 1.5x improvement, reaching performance higher than WebAssembly.';
  expect(worthOf(`${post}${run}`, 'higher than')).toBe('none');
  const claim = 'This new version reaches performance higher than WebAssembly.';
  expect(worthOf(`${post}${claim}`, 'higher than')).not.toBe('none');
});

test('a rival named after a run with no code shown, a customer’s replacement, or a printed run set against another, still ask (review)', () => {
  const post = `# Results\n\n${METHOD}`;
  const suite = 'Running the TPC-H suite shows Quillbase is far faster than Snowflake and BigQuery.';
  expect(worthOf(`${post}${suite}`, 'faster than')).not.toBe('none');
  const replaced = 'At Initech, Quillbase turned out far faster than the Oracle cluster it replaced.';
  expect(worthOf(`${post}${replaced}`, 'faster than')).not.toBe('none');
  const printed = '```console\n$ quill ingest data.csv\ningested in 1.9 s\nqueried in 0.2 s\n```\n\n';
  const rival = 'Quillbase is twice as fast as Snowflake on this load.';
  expect(worthOf(`# Results\n\n${printed}${rival}`, 'twice as fast')).not.toBe('none');
});
