// Which calls to action with no link are promises a reader is left holding, and which only read like one: the
// missing-link rule's false alarms on real posts ("visit your site", "access to the source code", "need to download
// the site twice") beside the promises it must keep.
import { expect, test } from 'vitest';
import type { Article } from './article';
import { article, md } from '../../tests/helpers/blocks';
import { collectLinks } from './links';

const missing = (text: string) =>
  collectLinks(article(md(text)))
    .filter((l) => l.status === 'missing')
    .map((l) => l.text);

test.each([
  ['the name slot holds a lowercase word', 'Users who consistently visit your site and show interest stay.'],
  ['what one person does', 'The same person visiting a site twice in one day is one unique visitor.'],
  ['"access to" is a noun', 'We keep access to the source code thanks to the compiler.'],
  ['a site is not downloaded', 'Existing frameworks download the site twice.'],
  ['someone needs to do it', 'We still need to clone the repository before the server starts.'],
  ['what others do', 'Others star repos to show support, similar to likes.'],
  ['a step told with "by"', 'Bob starts by cloning the source code, then installs the runtime.'],
  ['where things are', 'Here are some of the third-party scripts which are on our site:'],
  ['a job reads its data', 'The pipeline runs in batches: read the entire data set, then write it back.'],
  ['seeing, not going', 'If you see benchmark results quoted in QPS, take them with a grain of salt.'],
  ['the page being read', 'If you read this blog regularly, you know the drill.'],
  ['a wish the reader may voice', "Let us know if you'd like to see a blog post about that implementation."],
  ['what a script does', 'Ansible setup scripts to clone the repo, create users and copy config files.'],
  ['a gerund that is the subject', 'At 500 requests per second, browsing the site was still fast.'],
  ['... after a short phrase', 'Browsing the site during the test felt sluggish.'],
  ["the author's own doing", 'Wondering what it took for us to get a dataset that big into Quillbase,'],
  ['... how long it took', 'It took us to get the repository migrated a whole week.'],
  ['what visitors did, told (held26)', 'During these spikes, people would visit my site and it felt quick.'],
  [
    'the author wishes for it (held33)',
    "Effectively, I'd like to see benchmarks of fuzzers scaled to 16 cores.",
  ],
  [
    '... or finds it would be interesting (held33)',
    'It would be interesting to see the technical report as it may contain ablations.',
  ],
  [
    'any dataset, not a place',
    'It pairs a model with retrieval mechanisms to access a dataset of documents that are curated.',
  ],
])('%s: no missing link', (_, text) => {
  expect(missing(text)).toEqual([]);
});

test.each([
  [
    'an imperative',
    'Explore our GitHub repository and join the community of grid engineers.',
    ['Explore our GitHub repository', 'join the community'],
  ],
  ['after a purpose clause', 'To learn more, see our documentation.', ['see our documentation']],
  ['on GitHub', 'For the code, check out the project on GitHub.', ['check out the project on GitHub']],
  ['"learn more by"', 'Learn more by visiting our docs.', ['visiting our docs']],
  ['another blog', 'To learn more, read our blog.', ['read our blog']],
  [
    'what readers could do is still a place they are sent (held26 review)',
    'Curious readers could check out the full benchmark repository.',
    ['check out the full benchmark'],
  ],
  [
    'a capitalised name in the slot',
    'Check out the Quillbrook repository for the code.',
    ['Check out the Quillbrook repository'],
  ],
])('%s: a missing link', (_, text, found) => {
  expect(missing(text)).toEqual(found);
});

test('an invitation whose paragraph leads, by a colon, into a list of links is kept by them; without the list, not (held26)', () => {
  const invite = md(
    'Please join our community and help us build the future of Quillbase! There are many ways to take part:',
  );
  const list = md(
    '- Our [chat channel](https://chat.quillbase.dev/) and our [forum](https://forum.quillbase.dev/)',
  );
  const none = (a: Article) =>
    collectLinks(a)
      .filter((l) => l.status === 'missing')
      .map((l) => l.text);
  expect(none(article(invite, list))).toEqual([]);
  expect(none(article(invite, md('The next release is due in May.')))).toEqual(['join our community']);
});

const brief = (a: Article) => collectLinks(a).map((l) => ({ text: l.text, href: l.href, status: l.status }));

// "Check out the paper." closing a post that linked "their paper [Title](url)" at the top: the promise is kept.
test('a promise of "the" thing an earlier block linked is kept by that link', () => {
  const a = article(
    md(
      'My colleagues present their paper [Tidewell: A Replicated Log](https://papers.tidewell.dev/log) this week.',
    ),
    md('The log keeps 3 replicas.'),
    md('Check out the paper. Also check out the whitepaper.'),
  );
  expect(brief(a).filter((l) => l.status === 'missing')).toEqual([
    { text: 'check out the whitepaper', href: null, status: 'missing' },
  ]);
});

test('"see our paper" below a summary that links [Paper] is kept by that link; "our docs" with none is not (held22)', () => {
  const a = article(
    md(
      'TL;DR: a framework that flags broken benchmark questions. [[Paper](https://arxiv.org/abs/2601.01234)]',
    ),
    md('For a rigorous proof, see our paper. The API is in our docs.'),
  );
  expect(brief(a).filter((l) => l.status === 'missing')).toEqual([
    { text: 'in our docs', href: null, status: 'missing' },
  ]);
});

test('a <summary> toggle promises nothing: "Click here to see how" opens the details under it', () => {
  const line = '👉 Click here to see how the agents were configured';
  expect(brief(article(md(line, 'paragraph', { toggle: true })))).toEqual([]);
  expect(brief(article(md(line)))).toEqual([{ text: 'Click here', href: null, status: 'missing' }]);
});

test('a promise made to someone else ("tools to interactively explore the code base") sends the reader nowhere', () => {
  const described = 'Most coding agents give the LLM tools to interactively explore the code base.';
  expect(brief(article(md(described)))).toEqual([]);
  expect(brief(article(md('To see how it works, explore the code base.')))).toEqual([
    { text: 'explore the code base', href: null, status: 'missing' },
  ]);
});

test('"let\'s see whether the spec sheet explains it" is a question the post answers, not a pointer', () => {
  expect(brief(article(md("Let's see whether the spec sheet explains it.")))).toEqual([]);
  expect(brief(article(md('See the spec sheet for the details.')))).toEqual([
    { text: 'See the spec', href: null, status: 'missing' },
  ]);
});

// Markdown leaves a footnote marker as text; its definition is where the link is.
test('a promise whose footnote links the destination is kept ("... in the Core Specification [^4]")', () => {
  const promise = 'How the MD bit works can be found in the Bluetooth Core Specification [^4]';
  const note = (href: string) => md(`[^4]: [Bluetooth 5.1 Core Specification](${href})`);
  expect(brief(article(md(promise), note('https://www.bluetooth.com/specifications/core/')))).toEqual([
    {
      text: 'Bluetooth 5.1 Core Specification',
      href: 'https://www.bluetooth.com/specifications/core/',
      status: 'unchecked',
    },
  ]);
  // A note with no link, or no note at all: the promise still sends the reader nowhere.
  const unlinked = article(md(promise), md('[^4]: Bluetooth SIG, Core Specification 5.1, 2019.'));
  expect(brief(unlinked).map((l) => l.status)).toEqual(['missing']);
  expect(brief(article(md(promise.replace(' [^4]', '.')))).map((l) => l.status)).toEqual(['missing']);
});

test('an href left as "XXX" is a placeholder', () => {
  const found = brief(article(md('Umbra is developed by [Thomas Neumann](XXX) and his group.')));
  expect(found).toEqual([{ text: 'Thomas Neumann', href: 'XXX', status: 'placeholder' }]);
});

test('a promise closing its paragraph is kept by the link right below it (held24: a repository banner)', () => {
  const kept = (...blocks: string[]) =>
    brief(article(...blocks.map((b) => md(b)))).filter((l) => l.status === 'missing');
  const promise = 'All the configurations we used can be found in the Tidewell benchmark repo.';
  expect(kept(promise, '[Tidewell Benchmark Repo](https://github.com/tidewell/bench)')).toEqual([]);
  expect(
    kept(
      promise.replace(/\.$/, ':'),
      'Clone [the bench](https://github.com/tidewell/bench) and run it with make.',
    ),
  ).toEqual([]);
  // Not when more of its paragraph follows, nor when the paragraph below only mentions a link in passing.
  expect(
    kept(`${promise} It holds 12 scenarios.`, '[Tidewell Benchmark Repo](https://github.com/tidewell/bench)'),
  ).toHaveLength(1);
  expect(
    kept(
      promise,
      'We ran each scenario three times on a quiet machine; see [fio](https://fio.dev) for the load.',
    ),
  ).toHaveLength(1);
});

test('"the repo" and "available on GitHub" are kept by an earlier link that names them or goes there (held33)', () => {
  const repo = md(
    'I added the code to [a sample GitHub repository](https://git.quillbrook.dev/quill/flame). It hogs CPU. I encourage you to clone the repo and follow along.',
  );
  expect(brief(article(repo)).filter((l) => l.status === 'missing')).toEqual([]);
  const github = md(
    'To help out, take [Quillbrook for a spin](https://github.com/quill/quillbrook)! It is available on GitHub under an open source license.',
  );
  expect(brief(article(github)).filter((l) => l.status === 'missing')).toEqual([]);
  // "the docs" after another project's docs page is kept by it; "our docs" are the post's own, and are not.
  const pg = md(
    'Quoting the [PostgreSQL 17](https://www.postgresql.org/docs/17/indexes.html) manual on indexes.',
  );
  const both = md('Know your database and read the docs. The API is in our docs.');
  expect(brief(article(pg, both)).filter((l) => l.status === 'missing')).toEqual([
    { text: 'in our docs', href: null, status: 'missing' },
  ]);
  // A GitHub link elsewhere in the post, or a "docs" host, keeps neither.
  const pr = md('The fix is [quill#5123](https://github.com/quill/quill/pull/5123).');
  const sheet = md('The numbers are in [a spreadsheet](https://docs.google.com/spreadsheets/d/1).');
  const later = md('Our new profiler is available on GitHub. Know your database and read the docs.');
  expect(
    brief(article(pr, sheet, later))
      .filter((l) => l.status === 'missing')
      .map((l) => l.text),
  ).toEqual(['available on GitHub', 'read the docs']);
  // Without those links, each is a promise.
  expect(missing('I encourage you to clone the repo. It is available on GitHub. Read the docs.')).toEqual([
    'clone the repo',
    'available on GitHub',
    'Read the docs',
  ]);
});
