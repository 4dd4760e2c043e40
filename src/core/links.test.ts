import { describe, expect, test } from 'vitest';
import type { Article, Block } from './article';
import { article, md } from '../../tests/helpers/blocks';
import { collectLinks } from './links';
import { anchorQuote } from './quote';

const brief = (a: Article) => collectLinks(a).map((l) => ({ text: l.text, href: l.href, status: l.status }));

describe('collectLinks', () => {
  test.each<[string, string, { text: string; href: string | null; status: string }[]]>([
    [
      'a real link',
      'Read the [release notes](https://tidewell.dev/notes/4.2).',
      [{ text: 'release notes', href: 'https://tidewell.dev/notes/4.2', status: 'unchecked' }],
    ],
    [
      'a relative link',
      'Pricing is on the [plans page](/pricing).',
      [{ text: 'plans page', href: '/pricing', status: 'unchecked' }],
    ],
    ['href "#"', 'Grab the [installer](#) now.', [{ text: 'installer', href: '#', status: 'placeholder' }]],
    [
      'an empty href',
      'Grab the [installer]() now.',
      [{ text: 'installer', href: '', status: 'placeholder' }],
    ],
    [
      'a javascript: href',
      'Open the [console](javascript:;).',
      [{ text: 'console', href: 'javascript:;', status: 'placeholder' }],
    ],
    [
      'example.com',
      'See the [API docs](https://example.com/api).',
      [{ text: 'API docs', href: 'https://example.com/api', status: 'placeholder' }],
    ],
    [
      'example.org subdomain',
      'See the [API docs](https://docs.example.org/api).',
      [{ text: 'API docs', href: 'https://docs.example.org/api', status: 'placeholder' }],
    ],
    [
      'a .test domain',
      'Try the [sandbox](https://sandbox.tidewell.test).',
      [{ text: 'sandbox', href: 'https://sandbox.tidewell.test', status: 'placeholder' }],
    ],
    [
      'an .invalid domain',
      'Try the [sandbox](http://tidewell.invalid/x).',
      [{ text: 'sandbox', href: 'http://tidewell.invalid/x', status: 'placeholder' }],
    ],
    [
      'a .example domain',
      'Try the [sandbox](https://tidewell.example/x).',
      [{ text: 'sandbox', href: 'https://tidewell.example/x', status: 'placeholder' }],
    ],
    [
      'localhost',
      'Open the [admin panel](http://localhost:8080/admin).',
      [{ text: 'admin panel', href: 'http://localhost:8080/admin', status: 'placeholder' }],
    ],
    [
      '127.0.0.1',
      'Open the [admin panel](http://127.0.0.1:9000).',
      [{ text: 'admin panel', href: 'http://127.0.0.1:9000', status: 'placeholder' }],
    ],
    [
      'a template URL',
      'Star us on [GitHub](https://github.com/your-org/your-repo).',
      [{ text: 'GitHub', href: 'https://github.com/your-org/your-repo', status: 'placeholder' }],
    ],
    [
      'placeholder anchor text with a real href',
      'Docs: [[insert link]](https://tidewell.dev).',
      [{ text: '[insert link]', href: 'https://tidewell.dev', status: 'placeholder' }],
    ],
    [
      'a reference entry\'s label on a real page ("(Website)" beside "(Paper)") is no placeholder',
      'Dex-Net 2.0 (2017). [(Paper)](https://arxiv.org/abs/1703.09312) [(Website)](https://lab.tidewell.dev/dexnet/)',
      [
        { text: '(Paper)', href: 'https://arxiv.org/abs/1703.09312', status: 'unchecked' },
        { text: '(Website)', href: 'https://lab.tidewell.dev/dexnet/', status: 'unchecked' },
      ],
    ],
    [
      'literal (Website) with no page at all',
      'The project has a homepage (Website) for all.',
      [{ text: '(Website)', href: null, status: 'placeholder' }],
    ],
    [
      'literal (link)',
      'The SDK is open source (link) for all.',
      [{ text: '(link)', href: null, status: 'placeholder' }],
    ],
    [
      'literal [link]',
      'The SDK is open source [link] for all.',
      [{ text: '[link]', href: null, status: 'placeholder' }],
    ],
    [
      'literal (link here)',
      'Sign-ups open Monday (link here).',
      [{ text: '(link here)', href: null, status: 'placeholder' }],
    ],
    [
      'literal [insert link]',
      'Our pricing [insert link] is simple.',
      [{ text: '[insert link]', href: null, status: 'placeholder' }],
    ],
    [
      'literal [GitHub repository URL]',
      'Clone it from [GitHub repository URL] today.',
      [{ text: '[GitHub repository URL]', href: null, status: 'placeholder' }],
    ],
    [
      'literal [URL]',
      'Webhooks post to [URL] on every event.',
      [{ text: '[URL]', href: null, status: 'placeholder' }],
    ],
    [
      'literal (contact)',
      'Questions go to our sales desk (contact).',
      [{ text: '(contact)', href: null, status: 'placeholder' }],
    ],
    [
      'literal <link>',
      'Details are in the changelog <link>.',
      [{ text: '<link>', href: null, status: 'placeholder' }],
    ],
    [
      'a bare URL',
      'Mirror: https://mirror.tidewell.dev/pkg.',
      [
        {
          text: 'https://mirror.tidewell.dev/pkg',
          href: 'https://mirror.tidewell.dev/pkg',
          status: 'unchecked',
        },
      ],
    ],
    [
      "a bare localhost URL in an instruction (the reader's own machine, not a forgotten link)",
      'Then open http://localhost:5173 in a browser.',
      [],
    ],
    [
      'a promise about "the" object the sentence before linked',
      'The code is in the [examples repo](https://github.com/acme/examples). Follow along by cloning the repository!',
      [{ text: 'examples repo', href: 'https://github.com/acme/examples', status: 'unchecked' }],
    ],
    [
      'what others do, not a promise to the reader',
      'We offer more help to newcomers who want to join the community. Prospects come after they downloaded Acme, read some docs, and wrote a config.',
      [],
    ],
    [
      'a localhost URL a renderer linked as itself (a command line)',
      '$ curl -X POST [http://localhost:8080/transactions](http://localhost:8080/transactions)',
      [],
    ],
    [
      '... or an instruction to open it',
      'Run npm run dev and open [http://localhost:4321](http://localhost:4321).',
      [],
    ],
    [
      'a promise with no link',
      'Explore our GitHub repository to learn more.',
      [{ text: 'Explore our GitHub repository', href: null, status: 'missing' }],
    ],
    [
      '"see our documentation"',
      'For setup details, see our documentation.',
      [{ text: 'see our documentation', href: null, status: 'missing' }],
    ],
    [
      '"check out the repo"',
      'Want the internals? Check out the repo.',
      [{ text: 'Check out the repo', href: null, status: 'missing' }],
    ],
    [
      '"download the whitepaper"',
      'Download the whitepaper for the full method.',
      [{ text: 'Download the whitepaper', href: null, status: 'missing' }],
    ],
    [
      '"read the full report"',
      'You can read the full report after the webinar.',
      [{ text: 'read the full report', href: null, status: 'missing' }],
    ],
    [
      '"visit our website"',
      'To join the beta, visit our website.',
      [{ text: 'visit our website', href: null, status: 'missing' }],
    ],
    [
      '"sign up here"',
      'Early access is limited, so sign up here.',
      [{ text: 'sign up here', href: null, status: 'missing' }],
    ],
    [
      '"the full benchmark results are available"',
      'The full benchmark results are available for every run.',
      [{ text: 'The full benchmark results are available', href: null, status: 'missing' }],
    ],
    [
      'a promise whose sentence has a link',
      'See our documentation on [tidewell.dev](https://tidewell.dev/docs).',
      [{ text: 'tidewell.dev', href: 'https://tidewell.dev/docs', status: 'unchecked' }],
    ],
    [
      'a promise next to a placeholder is one finding',
      'Explore our GitHub repository (link) and send patches.',
      [{ text: '(link)', href: null, status: 'placeholder' }],
    ],
    [
      'a promise in another clause still counts',
      'Read the setup guide (link), or book a demo with us.',
      [
        { text: '(link)', href: null, status: 'placeholder' },
        { text: 'book a demo', href: null, status: 'missing' },
      ],
    ],
    [
      'a promise with a placeholder link in its sentence',
      'Read the [setup guide](#) first.',
      [{ text: 'setup guide', href: '#', status: 'placeholder' }],
    ],
    ['an acronym definition is not a placeholder', 'Every page has a Uniform Resource Locator (URL).', []],
    [
      'an affiliate note is not a placeholder',
      'We bought ours at [Gearhub](https://gearhub.shop/x) (affiliate link).',
      [{ text: 'Gearhub', href: 'https://gearhub.shop/x', status: 'unchecked' }],
    ],
    ['"see" with no destination word', 'You will see the difference in a week.', []],
    ['a question is not a promise', 'Where can I read the full report?', []],
    [
      'the site root is a real link',
      'Back to the [home page](/).',
      [{ text: 'home page', href: '/', status: 'unchecked' }],
    ],
    [
      '"is in our examples repository on GitHub"',
      'The full script is in our examples repository on GitHub.',
      [{ text: 'in our examples repository on GitHub', href: null, status: 'missing' }],
    ],
    [
      '"read more about it here"',
      'Licensing is a huge topic and Snyk has done a fantastic job explaining it. You can read more about it here.',
      [{ text: 'read more about it here', href: null, status: 'missing' }],
    ],
    [
      '"join our community forum"',
      'Join our community forum to vote on features.',
      [{ text: 'Join our community forum', href: null, status: 'missing' }],
    ],
    [
      '"check out the sample project"',
      'Check out the sample project before you start.',
      [{ text: 'Check out the sample project', href: null, status: 'missing' }],
    ],
    ['a gerund is not a call to action', 'We keep improving by talking to customers.', []],
    [
      'a call to action the next sentence links',
      'We love to see new members join our community. Head over to the [community page](https://ex.org/c) to say hi.',
      [{ text: 'community page', href: 'https://ex.org/c', status: 'unchecked' }],
    ],
    [
      '... but not a promise of a document two sentences on',
      'Join our community forum to vote. It is busy. See the [changelog](https://ex.org/log).',
      [
        { text: 'Join our community forum', href: null, status: 'missing' },
        { text: 'changelog', href: 'https://ex.org/log', status: 'unchecked' },
      ],
    ],
    [
      "the author's own steps, told",
      'To compare the two, first we go to the official website to find the latest versions.',
      [],
    ],
    [
      "someone's words in quotation marks",
      'The goal was “browsing documentation in a more natural way,” as their lead puts it.',
      [],
    ],
    ['inline code is ignored', 'Set `homepage: https://localhost/x (link)` in the config.', []],
  ])('%s', (_name, src, expected) => {
    expect(brief(article(md(src)))).toEqual(expected);
  });

  test.each([
    ['a heading', '#pricing-and-limits', 'ok', /heading "Pricing and limits"/],
    ['a reference entry', '#ref-2', 'ok', /reference entry 2/],
    ['nothing we can see', '#faq', 'unchecked', null],
  ])('a same-page anchor to %s', (_name, href, status, reason) => {
    const a = article(
      md(`Quotas are explained [below](${href}).`),
      md('Pricing and limits', 'heading', { level: 2 }),
      md('References', 'heading', { level: 2 }),
      md('[1] Tidewell quota guide, 2024.'),
      md('[2] Tidewell rate limits, 2025.'),
    );
    const [first] = collectLinks(a);
    expect(first).toMatchObject({ text: 'below', href, status });
    if (reason) expect(first!.reason).toMatch(reason);
    else expect(first!.reason).toBeUndefined();
  });

  // A link wrapping inline code ("[`Date`](url)") is a link; a URL typed inside code is not.
  test.each<[string, Block, { text: string; href: string | null; status: string }[]]>([
    [
      'a link whose text is code',
      {
        kind: 'paragraph',
        text: 'MDN on Date explains it.',
        links: [{ start: 7, end: 11, href: 'https://developer.mozilla.org/x/Date', text: 'Date' }],
        marks: [{ start: 7, end: 11, kind: 'code' }],
      },
      [{ text: 'Date', href: 'https://developer.mozilla.org/x/Date', status: 'unchecked' }],
    ],
    ['a URL inside code', md('Run `curl https://tidewell.dev/api` first.'), []],
  ])('%s', (_name, block, expected) => {
    expect(brief(article(block))).toEqual(expected);
  });

  test('code blocks are ignored', () => {
    const code = md('# see our documentation (link) http://localhost', 'code', { language: 'bash' });
    expect(collectLinks(article(code))).toEqual([]);
  });

  test('each finding carries its sentence, block and a quote that re-anchors', () => {
    const a = article(
      md('Intro with no links.'),
      md('Tidewell syncs in seconds. Explore our GitHub repository (link) for the code. Thanks for reading.'),
    );
    const [only, ...rest] = collectLinks(a);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({
      text: '(link)',
      href: null,
      status: 'placeholder',
      block: 1,
      context: 'Explore our GitHub repository (link) for the code.',
    });
    expect(only!.reason).toMatch(/link/);
    const text = a.blocks[1]!.text;
    expect(text.slice(only!.quote.start, only!.quote.end)).toBe('(link)');
    expect(anchorQuote('Edited intro. ' + text, only!.quote)).toEqual({
      start: 'Edited intro. '.length + text.indexOf('(link)'),
      end: 'Edited intro. '.length + text.indexOf('(link)') + '(link)'.length,
    });
  });

  // Each row repeats one trigger across a single 300 kB block: the scan must stay linear.
  test.each([
    ['literal placeholders', '(link) '],
    ['promises', 'explore our docs '],
    ['unclosed brackets', '[insert '],
    ['bare URLs', 'https://tidewell.dev/a '],
    ['"is in our" phrases', 'is in our repo '],
    ['questions', 'see our docs? '],
  ])('a block of repeated %s stays fast', (_name, unit) => {
    const text = unit.repeat(Math.ceil(300_000 / unit.length));
    const t0 = performance.now();
    collectLinks(article({ kind: 'paragraph', text, links: [] }));
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  test('a run-on block gives a bounded context around the finding', () => {
    const text = `${'word '.repeat(2000)}see our documentation ${'word '.repeat(2000)}`;
    const [only] = collectLinks(article({ kind: 'paragraph', text, links: [] }));
    expect(only).toMatchObject({ text: 'see our documentation', status: 'missing' });
    expect(only!.context!.length).toBeLessThan(600);
    expect(only!.context).toContain('see our documentation');
  });

  test('a 1 MB article is collected in well under a second', () => {
    const para =
      'Read the [notes](https://tidewell.dev/n) and explore our GitHub repository (link). ' +
      'Download the whitepaper for details. Visit https://tidewell.dev/x today. ';
    const blocks = Array.from({ length: Math.ceil(1_000_000 / para.length) }, () => md(para));
    const t0 = performance.now();
    const links = collectLinks(article(...blocks));
    expect(links.length).toBe(blocks.length * 4);
    expect(performance.now() - t0).toBeLessThan(1500);
  });

  test.each([['no blocks', { title: '', url: null, file: null, blocks: [] }]])(
    'does not throw on %s',
    (_name, a) => {
      expect(() => collectLinks(a as Article)).not.toThrow();
    },
  );
});
