// Superlatives that rank nothing of the author's: "state of the art" over a class of others' work ("used in most
// state-of-the-art vision models"), and "what they see as the best tool". Said of the author's own, each is a
// leadership claim to source.
import { expect, test } from 'vitest';
import { claimOf } from '../helpers/claim-of';

test('"most state-of-the-art vision models": the field described, no rank claimed', () => {
  const claim = claimOf(
    'Layer scaling is used in most state-of-the-art vision models to keep training stable.',
    'state-of-the-art',
  );
  expect(claim.worth).toBe('none');
});

test('"our state-of-the-art vision model" is the author ranking their own', () => {
  const claim = claimOf('Our state-of-the-art vision model keeps training stable.', 'state-of-the-art');
  expect(claim.worth).not.toBe('none');
});

test('"what they see as the best tool": the best as each judges it, no tool ranked', () => {
  const claim = claimOf(
    'These teams prioritize choosing what they see as the best tool, and trade off other things to get there.',
    'the best tool',
  );
  expect(claim.worth).toBe('none');
  expect(claimOf('Quillpad is the best tool for static sites.', 'the best tool').worth).not.toBe('none');
});
