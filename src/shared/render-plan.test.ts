import { expect, test } from 'vitest';
import { detailOf, renderPlan } from './render-plan';
import { claim, finding, imp, link, makeReport } from '../../tests/helpers/view-report';

const report = makeReport({
  claims: [
    claim('c1', '40%'),
    claim('c2', '2%', { support: 'cited-unlinked' }),
    claim('c3', '18%', { support: 'linked' }),
  ],
  links: [
    link('l1', '(link)'),
    link('l2', 'docs', { status: 'ok', href: 'https://docs.example.org' }),
    link('l3', 'our repo', { status: 'missing', href: null }),
  ],
  imports: [
    imp('i1', 'acme_core', { status: 'missing' }),
    imp('i2', 'numpy', { status: 'exists' }),
    imp('i3', 'os', { status: 'builtin', registry: null, package: null }),
  ],
  findings: [
    finding('f1', 'c1', 'high'),
    finding('f2', 'c1', 'low', 'second'),
    finding('f3', 'l1', 'medium'),
  ],
});

test.each([
  [
    true,
    {
      c1: 'unsupported',
      c2: 'cited-unlinked',
      c3: 'linked',
      l1: 'link-problem',
      l2: null,
      l3: 'link-problem',
      i1: 'link-problem',
      i2: null,
      i3: null,
    },
  ],
  [
    false,
    {
      c1: 'unsupported',
      c2: 'cited-unlinked',
      c3: null,
      l1: 'link-problem',
      l2: null,
      l3: 'link-problem',
      i1: 'link-problem',
      i2: null,
      i3: null,
    },
  ],
])('showLinked %s: every item is planned, coloured by its status', (showLinked, expected) => {
  const plan = renderPlan(report, showLinked);
  expect(Object.fromEntries(plan.map((p) => [p.ref, p.status]))).toEqual(expected);
  // Claims and links carry their quote; imports their line and module.
  expect(plan.find((p) => p.ref === 'c1')?.quote?.exact).toBe('40%');
  expect(plan.find((p) => p.ref === 'i1')).toMatchObject({ line: 1, module: 'acme_core', block: 2 });
});

test.each([
  ['c1', 'claim', ['c1 flagged', 'second']],
  ['l1', 'link', ['l1 flagged']],
  ['i1', 'import', []],
])('detailOf(%s) is the %s with its findings', (ref, type, findings) => {
  expect(detailOf(report, ref)).toMatchObject({ type, findings });
});

test('detailOf an unknown ref is null', () => {
  expect(detailOf(report, 'nope')).toBeNull();
});
