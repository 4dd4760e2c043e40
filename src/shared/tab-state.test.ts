import { expect, test } from 'vitest';
import { forViews, idleState, type TabState } from './tab-state';
import { claim, report } from '../../tests/helpers/report';

const withReport = (status: TabState['status']): TabState => ({
  ...idleState(7),
  status,
  report: report({ claims: [claim({ text: '40%' })] }),
  top: ['c1'],
});

test('a loading state reaches the views without the report it replaces; other states as they are', () => {
  const loading = withReport('loading');
  expect(forViews(loading)).toEqual({ ...loading, report: null, top: undefined });
  expect(loading.report).not.toBeNull(); // the stored state keeps it (tooltips read it while the page is re-read)
  for (const status of ['ready', 'error', 'idle'] as const) {
    const s = withReport(status);
    expect(forViews(s)).toBe(s);
  }
  const empty = { ...idleState(7), status: 'loading' as const };
  expect(forViews(empty)).toBe(empty);
});
