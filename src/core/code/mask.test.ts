// The masking engine; each language's own syntax is tested in languages/<language>.test.ts.
import { describe, expect, test } from 'vitest';
import { languageNamed } from './language';
import { C_LIKE, lineLocator, maskCode } from './mask';

describe('maskCode', () => {
  test('unterminated strings and comments mask to the end, keeping length and newlines', () => {
    const code = 'a = "open\nb = 1 /* open\nc';
    const masked = maskCode(code, languageNamed('javascript')?.mask ?? C_LIKE);
    expect(masked.length).toBe(code.length);
    expect(masked.split('\n').length).toBe(3);
  });
});

describe('lineLocator', () => {
  test.each([
    [0, 1],
    [3, 1],
    [4, 2],
    [9, 3],
    [100, 3],
  ])('offset %i is on line %i', (offset, line) => {
    expect(lineLocator('abc\ndefg\nhi')(offset)).toBe(line);
  });
});
