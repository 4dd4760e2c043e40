import { expect, test } from 'vitest';
import { placeholderLink } from './placeholder-link';
import { link, report } from '../../tests/helpers/report';

test.each([
  [link({ text: '(link)', href: null, status: 'placeholder', reason: 'literal "(link)" text' }), 1],
  [link({ text: 'our repo', href: '#', status: 'placeholder', reason: 'href="#"' }), 1],
  [link({ text: 'docs', status: 'unchecked' }), 0],
  [link({ text: 'see our docs', href: null, status: 'missing' }), 0],
])('%#', (l, n) => {
  const findings = placeholderLink.run(report({ links: [l] }));
  expect(findings).toHaveLength(n);
  if (n) {
    expect(findings[0]).toMatchObject({ ref: 'l1', severity: 'medium' });
    expect(findings[0]!.message).toContain(l.reason!);
  }
});
