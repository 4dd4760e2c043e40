import { describe, expect, test } from 'vitest';
import { clip, formatCheckedAt, isSafeHref } from './view';

describe('formatCheckedAt', () => {
  test.each([
    ['2026-11-27T09:41:07.000Z', '2026-11-27 09:41 UTC'],
    ['2026-11-27T23:30:00-05:00', '2026-11-28 04:30 UTC'],
    ['not a date', 'not a date'],
    ['', ''],
  ])('%j', (input, expected) => {
    expect(formatCheckedAt(input)).toBe(expected);
  });
});

describe('isSafeHref', () => {
  test.each([
    ['https://example.org', true],
    ['HTTP://EXAMPLE.ORG', true],
    ['mailto:a@b.c', true],
    ['javascript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['data:text/html,<script>', false],
    ['#', false],
    ['', false],
    ['https://', false],
    [null, false],
    [`https://x.test/${'a'.repeat(5000)}`, false],
  ])('%j is %s', (href, expected) => {
    expect(isSafeHref(href)).toBe(expected);
  });
});

describe('clip', () => {
  test.each([
    ['short', 10, 'short'],
    ['abcdefghij', 5, 'abcd…'],
    ['ab😀cd', 3, 'ab…'],
    ['a😀cd', 3, 'a…'],
  ])('%j to %d', (input, max, expected) => {
    expect(clip(input, max)).toBe(expected);
  });
});
