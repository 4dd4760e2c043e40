import { expect, test } from 'vitest';
import { detailOf, renderPlan } from './render-plan';
import { claim, finding, imp, link, makeReport } from '../../tests/helpers/view-report';

const report = makeReport({
  claims: [
    claim('c1', '40%'),
    claim('c2', '2%', { support: 'cited-unlinked' }),
    claim('c3', '18%', { support: 'linked' }),
    claim('c4', '$49', { kind: 'money', worth: 'none' }),
    claim('c5', '99.7%', { table: 1 }),
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
    finding('f4', 'c2', 'medium'),
    { ...finding('f5', 'c1', 'medium', 'table'), refs: ['c1', 'c5'] },
  ],
});

test.each([
  [
    true,
    {
      c1: 'unsupported',
      c2: 'cited-unlinked',
      c3: 'linked',
      c4: null,
      c5: 'unsupported',
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
      c4: null,
      c5: 'unsupported',
      l1: 'link-problem',
      l2: null,
      l3: 'link-problem',
      i1: 'link-problem',
      i2: null,
      i3: null,
    },
  ],
])(
  "showLinked %s: every item is planned; coloured when flagged (its own finding or its table's), never when worth nothing",
  (showLinked, expected) => {
    const plan = renderPlan(report, showLinked);
    expect(Object.fromEntries(plan.map((p) => [p.ref, p.status]))).toEqual(expected);
    // Claims and links carry their quote; imports their line and module.
    expect(plan.find((p) => p.ref === 'c1')?.quote?.exact).toBe('40%');
    expect(plan.find((p) => p.ref === 'i1')).toMatchObject({ line: 1, module: 'acme_core', block: 2 });
  },
);

test.each([
  ['c1', 'claim', ['c1 flagged', 'second', 'table']],
  ['c5', 'claim', ['table']],
  ['l1', 'link', ['l1 flagged']],
  ['i1', 'import', []],
])('detailOf(%s) is the %s with its findings', (ref, type, findings) => {
  expect(detailOf(report, ref)).toMatchObject({ type, findings });
});

test('detailOf an unknown ref is null', () => {
  expect(detailOf(report, 'nope')).toBeNull();
});
