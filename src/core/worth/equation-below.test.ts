import { describe, expect, it } from 'vitest';
import type { Block } from '../article';
import { equationFollows, equationGives } from './equation-below';

const block = (kind: Block['kind'], text: string): Block => ({ kind, text, links: [] }) as unknown as Block;

describe('equationGives', () => {
  const math = block(
    'paragraph',
    '3,000,000,000 requests per month / 30 days / 24 hours / 60 minutes / 60 seconds = ~1157 requests/second.',
  );
  const claim = block('paragraph', 'This averages to about 1,157 requests per second.');

  it("finds the figure as an equation's result in the next two blocks", () => {
    expect(equationGives([claim, math], 0, 1157)).toBe(true);
    expect(equationGives([claim, block('paragraph', 'Math'), math], 0, 1157)).toBe(true);
    expect(equationGives([claim, math], 0, 1200)).toBe(false);
  });

  it('not past a heading, nor further down, nor a figure the equation only uses', () => {
    expect(equationGives([claim, block('heading', 'Math'), math], 0, 1157)).toBe(false);
    expect(equationGives([claim, block('paragraph', 'a'), block('paragraph', 'b'), math], 0, 1157)).toBe(
      false,
    );
    expect(equationGives([claim, math], 0, 30)).toBe(false);
  });
});

describe('equationFollows', () => {
  const lead = block('paragraph', 'This gives us a ~13% improvement in overall throughput:');
  it('an equation right below: figures worked with an operator, then "= result"', () => {
    const eq = block('paragraph', '(251 bytes * 5 packets) / 12.5 ms = 100.4kBytes/sec = 0.803Mbps');
    expect(equationFollows([lead, eq], 0)).toBe(true);
    expect(equationFollows([lead, block('code', '251 bytes / 1400μs = 179.3 kBytes/sec')], 0)).toBe(true);
  });
  it('not a setting, a result with no working, a block further down or past a heading', () => {
    expect(equationFollows([lead, block('code', 'max_connections = 100')], 0)).toBe(false);
    expect(equationFollows([lead, block('paragraph', 'Throughput = 0.803 Mbps')], 0)).toBe(false);
    const eq = block('paragraph', '251 bytes / 2500μs = 100.4 kBytes/sec');
    expect(equationFollows([lead, block('paragraph', 'Then:'), eq], 0)).toBe(false);
    expect(equationFollows([lead, block('heading', 'Math'), eq], 0)).toBe(false);
  });
});
