import { expect, test } from 'vitest';
import { brokenLink } from './broken-link';
import { link, report } from '../../tests/helpers/report';

test.each([
  ['broken', 1],
  ['unknown', 0],
  ['ok', 0],
  ['unchecked', 0],
] as const)('a %s link → %i findings', (status, n) => {
  const findings = brokenLink.run(
    report({ links: [link({ text: 'the study', status, reason: 'HTTP 404' })] }),
  );
  expect(findings).toHaveLength(n);
  if (n) expect(findings[0]!.message).toBe('Link "the study" is broken (HTTP 404).');
});

test.each([
  ['soft-404', 'medium', 'Link "the study" leads to a "not found" page (title says "Page not found").'],
  [
    'moved-to-home',
    'low',
    'Link "the study" now redirects to the site’s home page (title says "Page not found").',
  ],
] as const)('a %s link is a %s finding', (status, severity, message) => {
  const findings = brokenLink.run(
    report({ links: [link({ text: 'the study', status, reason: 'title says "Page not found"' })] }),
  );
  expect(findings).toEqual([{ severity, message, ref: 'l1' }]);
});
