import { describe, expect, it } from 'vitest';
import type { Block } from '../article';
import { equationGives } from './equation-below';

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
