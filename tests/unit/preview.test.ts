// The popup's first screen on a long page comes from a preview (src/background/preview.ts): it must list exactly the
// top problems the whole report lists, item for item, with the whole report's counts.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { previewOf } from '../../src/background/preview';
import { analyzeMarkdown } from '../../src/node/index';
import { idleState } from '../../src/shared/tab-state';
import { groupReport, itemsOf, topItems } from '../../src/ui/groups';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

test.each(['samples/sample-post.md', 'tests/fixtures/md-weasel-superlatives/source.md'])(
  '%s: the preview shows the same top problems and summary',
  (path) => {
    const report = analyzeMarkdown(read(path), { now: () => new Date('2026-01-01T00:00:00Z') });
    const state = { ...idleState(1), status: 'ready' as const, report };
    const preview = previewOf(state);
    expect(preview.report!.summary).toEqual(report.summary);
    expect(preview.top!.length).toBeGreaterThan(0);
    expect(preview.report!.claims.length).toBeLessThan(report.claims.length);
    const whole = topItems(report, groupReport(report));
    expect(itemsOf(groupReport(preview.report!), preview.top!)).toEqual(whole);
  },
);
