// held41: "Benchmarking TensorFlow on Cloud CPUs: Cheaper Deep Learning than Cloud GPUs", its scripts linked and its
// charts shown. What the title benchmarks are the post's measured systems: "GPUs are much faster than CPUs" and "the
// GPU is the fastest out of all the platform configurations" under its charts read its runs. A product set against
// another in a post that benchmarks neither, or an expectation about a named product, still asks.
import { expect, test } from 'vitest';
import { worthOf } from '../helpers/claim-of';

const METHOD =
  'I ran each model on every configuration with the same test script on 8 vCPUs, 16 vCPUs and a K80 GPU. ' +
  'All scripts for running the benchmark are available in [this repo](https://github.com/corvane/keras-bench). ' +
  'The benchmark setup is described in the repo.\n\n';
const post = (title: string) =>
  `# ${title}\n\n${METHOD}![Relative training time](chart.png)\n\n` +
  'In this case, GPUs are much, much faster than CPUs.\n\n![Relative cost](cost.png)\n\n' +
  'Here, the GPU is the fastest out of all the platform configurations, as expected.\n';

test("what a benchmark's title names are the systems it measured; its charts' readings are its results", () => {
  const ours = post('Benchmarking Keras on Cloud CPUs: Cheaper Training than Cloud GPUs');
  expect(worthOf(ours, 'faster than CPUs')).toBe('none');
  expect(worthOf(ours, 'the fastest out')).toBe('none');
});

test('with no benchmark in the title, a named rival is still a rival', () => {
  const theirs = post('Keras on Cloud CPUs');
  expect(worthOf(theirs, 'faster than CPUs')).not.toBe('none');
});
