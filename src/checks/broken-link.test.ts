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
