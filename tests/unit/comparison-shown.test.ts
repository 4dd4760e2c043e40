// A comparison the post shows the evidence for: read off the table pictured right above it, or what the author's own
// experiment found ("I found that ... performed much worse than ..."), in a post that says how it ran it.
import { expect, test } from 'vitest';
import { claimOf } from '../helpers/claim-of';

const COMPARISON = 'compares with others without a figure';

test('a comparison right under a table the lead-in presents is read off it', () => {
  const lead = 'The error rates from the paper are presented in the table below:';
  const markdown = (above: string) =>
    `${above}\n\n![](errors.png)\n\nWhile Quillnorm does slightly better than Lintnorm at batch size 64, it loses at every smaller size.`;
  expect(claimOf(markdown(lead), 'better than Lintnorm').worth).toBe('none');
  // Over a picture that sets out no data (a logo, a photo), the comparison stands alone.
  expect(claimOf(markdown('Our mascot says hello:'), 'better than Lintnorm').worthReasons).toContain(
    COMPARISON,
  );
});

const experiment = (setup: string) =>
  [
    '# Does Quillnorm work in practice?',
    setup,
    'In the experiment, I trained two ResNet-34 models on the Pets dataset, one with Quillnorm and one with Lintnorm. To my surprise, I found that the model with Quillnorm performed much worse than the model with Lintnorm.',
  ].join('\n\n');

test("what the author's own experiment found, with the experiment described, is the author's result", () => {
  const setup =
    'I wanted to run a little experiment of my own. You can find the experiment in this notebook [here](https://nbviewer.org/github/quill/norm.ipynb).';
  expect(claimOf(experiment(setup), 'worse than the model').worth).toBe('none');
});

test('with no experiment described, the same sentence is a comparison to source', () => {
  expect(
    claimOf(experiment('Some people swear by Lintnorm.'), 'worse than the model').worthReasons,
  ).toContain(COMPARISON);
});

test('a comparison in the paragraph that opens on the figures it reads ("Figure 3 and 4 show ...")', () => {
  const markdown = (lead: string) =>
    `# Cascade kernels\n\n![](speedup-h100.png)\n\n${lead} Quill kernels in both settings outperform Lintly kernels in most cases.`;
  expect(
    claimOf(
      markdown('Figure 3 and 4 show the normalized performance of Quill kernels over Lintly.'),
      'outperform Lintly',
    ).worth,
  ).toBe('none');
  expect(claimOf(markdown('We tuned the kernels for weeks.'), 'outperform Lintly').worth).not.toBe('none');
});
