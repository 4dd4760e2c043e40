// What evidence cites, as something a service can look up; only identifiers, never the claim's words.
import { expect, test } from 'vitest';
import type { Evidence } from '../core/report';
import { citedWork, cleanDoi, foldName, parseAuthorYear, workKey } from './cited-work';

test.each<[string, { surnames: string[]; etAl: boolean; year: number } | null]>([
  ['Koomey et al., 2016', { surnames: ['Koomey'], etAl: true, year: 2016 }],
  ['(Smith and Lee 2021)', { surnames: ['Smith', 'Lee'], etAl: false, year: 2021 }],
  ['Ito & Brandt, 2020', { surnames: ['Ito', 'Brandt'], etAl: false, year: 2020 }],
  ['Halloran, 2019a', { surnames: ['Halloran'], etAl: false, year: 2019 }],
  ['van der Berg et al. 2018', { surnames: ['van der Berg'], etAl: true, year: 2018 }],
  ['J. Koomey, 2016', { surnames: ['Koomey'], etAl: false, year: 2016 }],
  ['in 2016', null],
  ['Koomey et al.', null],
])('parseAuthorYear(%j)', (text, want) => {
  const got = parseAuthorYear(text);
  expect(got ? { surnames: got.surnames, etAl: got.etAl, year: got.year } : null).toEqual(want);
});

test.each<[Evidence, string | null]>([
  [{ kind: 'doi', text: '10.1145/3442188.3445922.' }, 'doi:10.1145/3442188.3445922'],
  [{ kind: 'arxiv', text: 'arXiv:2104.10350v3' }, 'arxiv:2104.10350'],
  [{ kind: 'footnote', text: '[2] Patterson et al., arXiv:2104.10350 (2021)' }, 'arxiv:2104.10350'],
  [
    { kind: 'footnote', text: '[1] Meli et al., NDSS 2019. doi:10.14722/ndss.2019.23418' },
    'doi:10.14722/ndss.2019.23418',
  ],
  [{ kind: 'author-year', text: 'Koomey et al., 2016' }, 'ay:koomey+etal:2016'],
  [{ kind: 'author-year', text: 'Koomey et al., 2016', href: 'https://example.org/k' }, null],
  [{ kind: 'link', text: 'the report', href: 'https://example.org/r' }, null],
  [{ kind: 'according-to', text: 'according to Gartner' }, null],
  [{ kind: 'footnote', text: '[3] A blog post, 2020' }, null],
])('citedWork(%j) = %s', (ev, key) => {
  const w = citedWork(ev);
  expect(w ? workKey(w) : null).toBe(key);
});

test('DOIs lose trailing punctuation and case; names lose accents and case', () => {
  expect(cleanDoi('10.1000/ABC).')).toBe('10.1000/abc');
  expect(foldName('Müller-Lüdenscheidt')).toBe('mullerludenscheidt');
});
