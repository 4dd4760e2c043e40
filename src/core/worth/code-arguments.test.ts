import { describe, expect, it } from 'vitest';
import type { Block } from '../article';
import { codeSetsFigure, holdsLiteral } from './code-arguments';

// The pattern codeSetsFigure built per figure before it searched as text: the oracle the search must agree with.
function oracle(text: string, digits: string): boolean {
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, '[_,]?');
  return new RegExp(`(?<![\\w.])${grouped}(?![\\w]|\\.\\d)`).test(text);
}

const block = (kind: Block['kind'], text: string): Block => ({ kind, text, links: [] }) as unknown as Block;

describe('holdsLiteral', () => {
  it('finds an integer as code writes it, plain or grouped in threes', () => {
    expect(holdsLiteral('nats-publisher foo test 100000', '100000')).toBe(true);
    expect(holdsLiteral('for i in range(100_000):', '100000')).toBe(true);
    expect(holdsLiteral('N = 1,000,000', '1000000')).toBe(true);
    expect(holdsLiteral('for i in range(5000)', '5000')).toBe(true);
  });

  it('passes over the figure inside a longer number, a version or a name', () => {
    expect(holdsLiteral('x = 15000', '5000')).toBe(false);
    expect(holdsLiteral('pin 1.100', '100')).toBe(false);
    expect(holdsLiteral('v100 and x100', '100')).toBe(false);
    expect(holdsLiteral('100.5 ms', '100')).toBe(false);
    expect(holdsLiteral('10_0000', '100000')).toBe(false);
  });

  it('agrees with the per-figure pattern it replaced, on generated code', () => {
    // Pieces of code: parts of the figures, separators, and what may stand around a number.
    const alphabet = [
      '1',
      '0',
      '00',
      '000',
      '5',
      '_',
      ',',
      '.',
      ' ',
      'x',
      '(',
      ')',
      '\n',
      '2',
      '100',
      '1,000',
      '000_',
    ];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const figures = ['100', '105', '1000', '1005', '10000', '100000', '1000000', '1500', '5012'];
    let found = 0;
    for (let k = 0; k < 4000; k++) {
      const text = Array.from({ length: 1 + next(12) }, () => alphabet[next(alphabet.length)]).join('');
      for (const digits of figures) {
        const want = oracle(text, digits);
        if (want) found++;
        expect(holdsLiteral(text, digits), `${JSON.stringify(text)} ${digits}`).toBe(want);
      }
    }
    // The generated texts hold both answers, so the agreement says something.
    expect(found).toBeGreaterThan(100);
  });
});

describe('codeSetsFigure', () => {
  const blocks = [
    block('heading', 'Setup'),
    block('code', 'for i in range(5000):\n    publish(i)'),
    block('paragraph', 'The 5000 iterations took 2 s.'),
  ];

  it('finds the count in code above the figure, within its section', () => {
    expect(codeSetsFigure(blocks, 2, 5000)).toBe(true);
    expect(codeSetsFigure(blocks, 2, 2000)).toBe(false);
  });

  it('does not look past a heading, nor at small or fractional figures', () => {
    const below = [...blocks, block('heading', 'Results'), block('paragraph', 'Again 5000.')];
    expect(codeSetsFigure(below, 4, 5000)).toBe(false);
    expect(codeSetsFigure(blocks, 2, 50)).toBe(false);
    expect(codeSetsFigure(blocks, 2, 5000.5)).toBe(false);
  });
});
