import { describe, expect, test } from 'vitest';
import { notNumberMask } from './not-quantities';

describe('notNumberMask', () => {
  test('the mask covers dates and times but not the numbers beside them', () => {
    const text = 'On 2024-05-01 at 09:15 we served 40 users';
    const mask = notNumberMask(text);
    expect(mask[text.indexOf('2024')]).toBe(1);
    expect(mask[text.indexOf('09:15')]).toBe(1);
    expect(mask[text.indexOf('40')]).toBe(0);
  });
});
