// held35: first-hand figures a reader lets go. A timing taken "in our own workspace" (the sentence names the author's
// own setting), and an interviewee's answer about their own organisation in a Q&A post ("**A:** ... We've got over
// 2,000 applications ..."). Each beside a case that still asks for a source.
import { expect, test } from 'vitest';
import { worthOf } from '../helpers/claim-of';

test('a timing taken in the author’s own named setting is their measurement', () => {
  const own = 'In our own workspace, complex queries decreased from 15 seconds to less than 1 second.';
  expect(worthOf(`# Results\n\n${own}`, 'less than 1 second')).toBe('none');
  // Not named as their own: still a timing with no method.
  const bare = 'Complex queries decreased from 15 seconds to less than 1 second.';
  expect(worthOf(`# Results\n\n${bare}`, 'less than 1 second')).not.toBe('none');
  // Against a rival, a comparison to source, wherever it was taken.
  const rival = 'In our own workspace, queries took less than 1 second, 10x faster than Elasticsearch.';
  expect(worthOf(`# Results\n\n${rival}`, 'less than 1 second')).not.toBe('none');
});

test("an interviewee's answer about their own organisation is theirs to give", () => {
  const qa = "**Q:** How big is it?\n\n**A:** It's big. We've got over 2,000 applications using OpenTofu.";
  expect(worthOf(`# Interview\n\n${qa}`, 'over 2,000 applications')).toBe('none');
  // The same words outside an answer are the post's own claim.
  expect(
    worthOf("# Interview\n\nIt's big. We've got over 2,000 applications using OpenTofu.", '2,000'),
  ).not.toBe('none');
  // An answer that compares with others still asks.
  const rival = '**Q:** How big?\n\n**A:** We run over 2,000 applications, more than any other bank.';
  expect(worthOf(`# Interview\n\n${rival}`, '2,000')).not.toBe('none');
});

test('a timing given with the machine it was taken on is a measurement; against a rival it still asks', () => {
  const timed = 'This build takes over 4 hours (250 min) on a 3.3GHz i7 Macbook Pro.';
  expect(worthOf(`# Results\n\n${timed}`, 'over 4 hours')).toBe('none');
  expect(worthOf('# Results\n\nThis build takes over 4 hours.', 'over 4 hours')).not.toBe('none');
  const rival = 'This build takes over 4 hours on a 3.3GHz i7 Macbook Pro, 10x slower than on Bazel.';
  expect(worthOf(`# Results\n\n${rival}`, 'over 4 hours')).not.toBe('none');
});

test('a timing on a typical machine of a kind is a claim about all of them', () => {
  expect(worthOf('# Results\n\nOn a typical 8-core server, the query takes 42s.', '42s')).not.toBe('none');
});

test('a paragraph that says which build it measured gives its own results their setting', () => {
  const sizes =
    'In a Chrome debug build on Linux, .o file sizes with type homing are about 30% smaller. ' +
    'On Windows, both Chrome and Clang had 37% smaller .obj files.';
  expect(worthOf(`# Size improvements\n\n${sizes}`, '37% smaller')).toBe('none');
  const bare = 'With type homing, .o file sizes are about 30% smaller. Both had 37% smaller .obj files.';
  expect(worthOf(`# Size improvements\n\n${bare}`, '37% smaller')).not.toBe('none');
});

test('an answer about customers, or an outcome of customers in the author’s setting, still asks (review)', () => {
  const qa = '**Q:** What do they save?\n\n**A:** Our customers typically save 60% on their bill.';
  expect(worthOf(`# Interview\n\n${qa}`, '60%')).not.toBe('none');
  const fleet = 'In our own workspace, customers cut their query costs by 70% after migrating.';
  expect(worthOf(`# Results\n\n${fleet}`, '70%')).not.toBe('none');
  expect(worthOf('# Results\n\nOn our own infrastructure, the new engine is 12x faster.', '12x')).not.toBe(
    'none',
  );
});
