import { expect, test } from 'vitest';
import { weaselAttribution } from './weasel-attribution';
import { claim, report } from '../../tests/helpers/report';

test.each([
  ['unsupported', 1],
  ['cited-unlinked', 0], // reported once, by cited-unlinked
  ['linked', 0],
] as const)('weasel claim that is %s → %i findings', (support, n) => {
  const findings = weaselAttribution.run(
    report({ claims: [claim({ kind: 'weasel', text: 'experts agree', support, worth: 'medium' })] }),
  );
  expect(findings).toHaveLength(n);
  if (n) expect(findings[0]).toMatchObject({ severity: 'medium', ref: 'c1' });
});
