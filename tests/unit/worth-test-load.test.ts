// held37: "Turso is around `60ms` for 5 serial queries globally" under the author's latency screenshot: a handful of
// queries is the test's load, not a count of the world's ("globally" made it a HIGH market statistic). A world count
// of queries still is one.
import { expect, test } from 'vitest';
import { worthOf } from '../helpers/claim-of';

test("a test's handful of queries is no statistic of the world; the world's queries are", () => {
  expect(worthOf('# T\n\nTurso is around 60ms for 5 serial queries globally.', '5 serial queries')).not.toBe(
    'high',
  );
  expect(worthOf('# T\n\nGoogle serves 5 billion queries globally each day.', '5 billion queries')).toBe(
    'high',
  );
});
