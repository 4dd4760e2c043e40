import { describe, expect, test } from 'vitest';
import type { Block } from '../core/article';
import { readDomArticle, boundsFor, textInBounds } from './dom-map';
import { htmlToArticle } from './html';
import { parseHtml } from './linkedom';
import { markdownToArticle } from './markdown';

type Shape = Pick<Block, 'kind' | 'text'> & { language?: string | null };
const shape = (blocks: Block[]): Shape[] =>
  blocks.map((b) =>
    b.kind === 'code'
      ? { kind: b.kind, text: b.text, language: b.language ?? null }
      : { kind: b.kind, text: b.text },
  );
const fromHtml = (body: string): Shape[] => shape(htmlToArticle(parseHtml(`<body>${body}</body>`)).blocks);

describe('fences never rendered, in HTML', () => {
  test.each<[string, string, Shape[]]>([
    [
      'one paragraph with <br> lines',
      '<p>Intro</p><p>```python<br>from acme_core import Engine<br>engine = Engine()<br>```</p><p>After</p>',
      [
        { kind: 'paragraph', text: 'Intro' },
        { kind: 'code', text: 'from acme_core import Engine\nengine = Engine()', language: 'python' },
        { kind: 'paragraph', text: 'After' },
      ],
    ],
    [
      'consecutive paragraphs, language lower-cased',
      '<p>```Python</p><p>import numpy as np</p><p>x = np.zeros(3)</p><p>```</p><p>Done.</p>',
      [
        { kind: 'code', text: 'import numpy as np\nx = np.zeros(3)', language: 'python' },
        { kind: 'paragraph', text: 'Done.' },
      ],
    ],
    [
      'newlines in the source text count as lines',
      '<p>```js\nconst x = require("left-pad");\n```</p>',
      [{ kind: 'code', text: 'const x = require("left-pad");', language: 'js' }],
    ],
    [
      'collapsed onto one line',
      '<p>```python import os ```</p>',
      [{ kind: 'code', text: 'import os', language: 'python' }],
    ],
    [
      'no language',
      '<p>```<br>make build<br>```</p>',
      [{ kind: 'code', text: 'make build', language: null }],
    ],
    [
      'tilde fences',
      '<p>~~~ruby<br>require "rails"<br>~~~</p>',
      [{ kind: 'code', text: 'require "rails"', language: 'ruby' }],
    ],
    [
      'prose after the closing fence in the same paragraph stays prose',
      '<p>```go<br>import "fmt"<br>```<br>That is all 3 lines.</p>',
      [
        { kind: 'code', text: 'import "fmt"', language: 'go' },
        { kind: 'paragraph', text: 'That is all 3 lines.' },
      ],
    ],
    [
      'a fence in a blockquote',
      '<blockquote><p>```python<br>import os<br>```</p></blockquote>',
      [{ kind: 'code', text: 'import os', language: 'python' }],
    ],
    [
      'an unclosed fence is left as it is',
      '<p>```python<br>import os</p><p>More prose 5%</p>',
      [
        { kind: 'paragraph', text: '```python import os' },
        { kind: 'paragraph', text: 'More prose 5%' },
      ],
    ],
    [
      'a fence does not run through a table',
      '<p>```python</p><table><tr><td>x</td></tr></table><p>```</p>',
      [
        { kind: 'paragraph', text: '```python' },
        { kind: 'table-row', text: 'x' },
        { kind: 'paragraph', text: '```' },
      ],
    ],
    [
      'backticks inside a sentence are not a fence',
      '<p>Wrap code in ``` fences.</p>',
      [{ kind: 'paragraph', text: 'Wrap code in ``` fences.' }],
    ],
    [
      'a <pre> that still shows its fence lines loses them and gains the language',
      '<pre>```python\nimport os\n```</pre>',
      [{ kind: 'code', text: 'import os', language: 'python' }],
    ],
    [
      'a declared language on the <pre> wins over the fence info',
      '<pre class="language-python3">```python\nimport os\n```</pre>',
      [{ kind: 'code', text: 'import os', language: 'python3' }],
    ],
  ])('%s', (_name, body, expected) => {
    expect(fromHtml(body)).toEqual(expected);
  });

  test('the merged code block keeps an exact text map', () => {
    const doc = parseHtml('<p>```python<br>from <b>acme</b> import x</p><p>y = x(2)</p><p>```</p>');
    const { article, segments } = readDomArticle(doc);
    expect(article.blocks).toHaveLength(1);
    const text = article.blocks[0]?.text ?? '';
    expect(text).toBe('from acme import x\ny = x(2)');
    for (const [start, end] of [
      [0, 9],
      [5, 18],
      [19, 27],
      [0, 27],
    ] as const) {
      const b = boundsFor(segments[0] ?? [], start, end);
      // The newline that joins two paragraphs has no text node: compare without whitespace.
      expect(b && textInBounds(b).replace(/\s+/g, '')).toBe(text.slice(start, end).replace(/\s+/g, ''));
    }
  });

  test('many unclosed openers stay linear', () => {
    const body = '<p>```python</p>'.repeat(20_000);
    const t = performance.now();
    const blocks = fromHtml(body);
    expect(blocks).toHaveLength(20_000);
    expect(performance.now() - t).toBeLessThan(10_000);
  });
});

describe('fences markdown-it did not render', () => {
  test.each<[string, string, Shape[]]>([
    [
      'inside a raw HTML block',
      '<div>\n```python\nimport torch\n```\n</div>\n',
      [{ kind: 'code', text: 'import torch', language: 'python' }],
    ],
    [
      'indented four spaces (an indented code block that shows the fence)',
      'Text:\n\n    ```python\n    import pandas\n    ```\n',
      [
        { kind: 'paragraph', text: 'Text:' },
        { kind: 'code', text: 'import pandas', language: 'python' },
      ],
    ],
    [
      'rendered fences are unchanged',
      '```Python\nimport os\n```\n',
      [{ kind: 'code', text: 'import os', language: 'python' }],
    ],
  ])('%s', (_name, md, expected) => {
    expect(shape(markdownToArticle(md).blocks)).toEqual(expected);
  });
});
