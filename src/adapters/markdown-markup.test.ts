import { expect, test } from 'vitest';
import { withoutMarkup } from './markdown-markup';

test.each<[string, string, string]>([
  ['a Hugo tag on one line', 'Text {{< figure width="80%" >}} more.', 'Text  more.'],
  [
    'a Hugo tag over several lines, to its closer, all but its caption',
    '{{< image width="100%"\n    link="savings.png"\n    caption="Up 40%"\n    >}}\n\nText.',
    '\n\nUp 40%\n\n\nText.',
  ],
  ['what a tag shows is kept: its caption', '{{< callout caption="p99 fell 80%." >}}', 'p99 fell 80%.'],
  [
    "a picture's tag is that picture, its caption text under it",
    '{{< figure src="a.png" alt="p99 <chart>" caption="p99 fell 80%." >}}',
    '<figure><img alt="p99 &lt;chart&gt;"><figcaption>p99 fell 80%.</figcaption></figure>',
  ],
  ["a picture's tag with no caption", '{% image "./a.png", "Latency chart" %}', '![Latency chart]()'],
  [
    "a picture's tag inside an HTML figure is HTML too (Markdown is not read there)",
    '<figure>\n  {% Img src="a.png", alt="Poor LCP fell from 15% to 10%." %}\n</figure>',
    '<figure>\n<img alt="Poor LCP fell from 15% to 10%.">\n</figure>',
  ],
  [
    "a picture's tag in a paragraph keeps only its caption",
    '{{< figure src="a.png" caption="p99 fell 80%." >}}\nMore text.',
    'p99 fell 80%.\nMore text.',
  ],
  ['text after the closer stays', '{{% note\n  level="2" %}} After 12% of it.', '\n After 12% of it.'],
  ['a Liquid tag over several lines', '{% include figure.html\n   width="50%" %}\nText.', '\n\nText.'],
  [
    'a tag that never closes ends at the blank line',
    '{{< broken width="9%"\nlost\n\nKept 5%.',
    '\n\n\nKept 5%.',
  ],
  [
    'an opener inside a sentence is no tag',
    'Write `{{<` to open one; 40% do.',
    'Write `{{<` to open one; 40% do.',
  ],
  [
    "a component's own lines are blanked, so the Markdown it wraps reads as Markdown (held24: a table in <TableWrapper>)",
    '<TableWrapper>\n| a | b |\n| --- | --- |\n| 1 | 2 |\n</TableWrapper>\n<Alert type="success">\n  Cut 50%.\n</Alert>',
    '\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n\n  Cut 50%.\n',
  ],
  [
    "an ES module import in a .md post is the build's, not the reader's (held24: Docusaurus); an import in prose is prose",
    'import Screenshot from "@theme/Screenshot"\nimport { Chart, Bar } from \'../chart\';\nimport this module to start.',
    '\n\nimport this module to start.',
  ],
  [
    'HTML in capitals is HTML, and a tag with text after it on its line is no component line',
    '<TABLE>\n<Figure>\n<Note>Saved 40%.</Note>',
    '<TABLE>\n<Figure>\n<Note>Saved 40%.</Note>',
  ],
  [
    'code fences are left alone',
    '```\n{{< image width="100%"\n>}}\n```',
    '```\n{{< image width="100%"\n>}}\n```',
  ],
])('%s', (_name, md, out) => {
  expect(withoutMarkup(md)).toBe(out);
});
