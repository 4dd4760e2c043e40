import { expect, test } from 'vitest';
import { sourceNotStated } from './source-not-stated';
import { claim, report } from '../../tests/helpers/report';
import type { SourceCheck } from '../core/report-verify';

const url = 'https://example.org/report';

test.each<[string, SourceCheck | undefined, number]>([
  ['stated', { status: 'stated', url, snippet: 'fell 40%', found: '40%', reason: 'r' }, 0],
  ['unverifiable (a paywall, a timeout)', { status: 'unverifiable', url, reason: 'timed out' }, 0],
  ['not checked (offline)', undefined, 0],
  ['not stated', { status: 'not-stated', url, reason: 'the linked source does not mention "40%"' }, 1],
  [
    'stated differently',
    { status: 'stated-differently', url, snippet: 'fell 4%', found: '4%', reason: 'r' },
    1,
  ],
])('%s → %i findings', (_name, source, n) => {
  const c = claim({ text: '40%', support: 'linked', value: 40, ...(source && { source }) });
  expect(sourceNotStated.run(report({ claims: [c] }))).toHaveLength(n);
});

test('the messages quote the source, and the severity sits below an unsupported claim’s', () => {
  const differently = claim({
    text: '40%',
    support: 'linked',
    source: {
      status: 'stated-differently',
      url,
      snippet: 'energy use fell 4% in 2024',
      found: '4%',
      reason: 'r',
    },
  });
  const hedged = claim({
    id: 'c2',
    text: 'about 40%',
    hedge: 'about',
    support: 'linked',
    source: { status: 'not-stated', url, reason: 'no mention near its key words' },
  });
  expect(sourceNotStated.run(report({ claims: [differently, hedged] }))).toEqual([
    {
      severity: 'medium',
      ref: 'c1',
      message: 'The linked source says 4%, not 40%: “energy use fell 4% in 2024”',
    },
    {
      severity: 'low',
      ref: 'c2',
      message: 'The linked source does not mention about 40% (no mention near its key words).',
    },
  ]);
});
