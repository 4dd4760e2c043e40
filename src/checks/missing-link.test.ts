import { expect, test } from 'vitest';
import { missingLink } from './missing-link';
import { link, report } from '../../tests/helpers/report';

test.each([
  [
    'a promised link with no target',
    link({ text: 'see our documentation', href: null, status: 'missing' }),
    1,
  ],
  ['a placeholder (its own check)', link({ text: '(link)', href: null, status: 'placeholder' }), 0],
  ['a working link', link({ text: 'docs', status: 'ok' }), 0],
])('%s → %i findings', (_name, l, n) => {
  const findings = missingLink.run(report({ links: [l] }));
  expect(findings).toHaveLength(n);
  if (n) expect(findings[0]).toMatchObject({ severity: 'low', ref: 'l1' });
});
