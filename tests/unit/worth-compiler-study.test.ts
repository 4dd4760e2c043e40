// held37: an engineer's study of an old compiler against a new one: "We're going to compare these compilers on compile
// time and run time", "build ... for each compiler ... in four configurations: `-O0`, `-Os -DNDEBUG`, ...", then
// results tables and "over 10 years ... clang+llvm got 15% slower in debug builds". The comparison it sets out to
// run, the builds it covers and the compiler flags disclose the method, so its own results ask for no source.
import { expect, test } from 'vitest';
import { worthOf } from '../helpers/claim-of';

const RESULT = 'Over 10 years of development time the compiler got 15% slower in debug builds.';
const TABLE =
  '| Build | Old | New |\n|---|---|---|\n| O0 | 0.236s | 0.271s (+15%) |\n| O2 | 0.8s | 1.7s |\n\n';

test('a study that says what it compares, over which builds and with which flags, reports its own results', () => {
  const study =
    "# Old compilers\n\nWe're going to compare these compilers on compile time and run time. Each compiler is used " +
    'to build the library for each compiler in four configurations: `-O0`, `-Os -DNDEBUG` and `-O2 -DNDEBUG`.\n\n' +
    `${TABLE}${RESULT}`;
  expect(worthOf(study, '15% slower')).toBe('none');
  expect(worthOf(study, '0.236s')).toBe('none');
  // Without them, the same results ask for a source.
  expect(worthOf(`# Old compilers\n\n${TABLE}${RESULT}`, '15% slower')).not.toBe('none');
});
