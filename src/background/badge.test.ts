import { expect, test, vi } from 'vitest';
import { idleState, type TabState } from '../shared/tab-state';
import { claim, finding, makeReport } from '../../tests/helpers/view-report';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { badgeFor } = await import('./badge');

const high = (n: number) => Array.from({ length: n }, (_, i) => finding(`f${i}`, 'c1', 'high'));
const ready = (findings: ReturnType<typeof finding>[], over: Partial<TabState> = {}): TabState => ({
  ...idleState(1),
  status: 'ready',
  report: makeReport({ claims: [claim('c1', '40%')], findings }),
  ...over,
});

test.each([
  ['nothing checked', idleState(1), '', 'ClaimLens: check this article'],
  ['nothing flagged', ready([]), '', 'ClaimLens: nothing flagged on this page'],
  ['one high', ready(high(1)), '1', 'ClaimLens: 1 high-severity finding (1 in all)'],
  ['only low', ready([finding('f', 'c1', 'low')]), '', 'ClaimLens: 0 high-severity findings (1 in all)'],
  ['very many', ready(high(1200)), '999+', 'ClaimLens: 1200 high-severity findings (1200 in all)'],
  [
    'a selection report is not the page',
    ready(high(2), { source: 'selection' }),
    '',
    'ClaimLens: check this article',
  ],
])('%s', (_name, state, text, title) => {
  expect(badgeFor(state)).toEqual({ text, title });
});
