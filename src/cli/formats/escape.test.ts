import { expect, test } from 'vitest';
import { escapeData, escapeProperty } from './github';
import { escapeXml } from './junit';

test.each<[string, string, string]>([
  ['plain', 'plain', 'plain'],
  ['100% sure', '100%25 sure', '100%25 sure'],
  ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
  ['file: a,b', 'file: a,b', 'file%3A a%2Cb'],
  ['::error::injected', '::error::injected', '%3A%3Aerror%3A%3Ainjected'],
  ['%0A already', '%250A already', '%250A already'],
])('github: %j → data %j, property %j', (raw, data, property) => {
  expect(escapeData(raw)).toBe(data);
  expect(escapeProperty(raw)).toBe(property);
  // A message can never start a second command: no line break survives.
  expect(escapeData(raw)).not.toMatch(/[\r\n]/);
});

test.each<[string, string]>([
  ['<b>&"\'</b>', '&lt;b&gt;&amp;&quot;&apos;&lt;/b&gt;'],
  ['bell\u0007 and nul\u0000 dropped', 'bell and nul dropped'],
  ['tab\tand\nnewline kept', 'tab\tand\nnewline kept'],
  ['lone \ud800 surrogate', 'lone  surrogate'],
  ['emoji 😀 kept', 'emoji 😀 kept'],
])('junit: %j → %j', (raw, escaped) => {
  expect(escapeXml(raw)).toBe(escaped);
});
