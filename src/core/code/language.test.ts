// Fence labels and guesses in general; each language's own names and signals are tested beside its file.
import { describe, expect, test } from 'vitest';
import { detectLanguage, normalizeLanguage } from './language';

describe('normalizeLanguage', () => {
  test.each<[string | null, string | null]>([
    ['language-python', 'python'],
    ['lang-js', 'javascript'],
    ['{.python}', 'python'],
    ['python title="app.py"', 'python'],
    ['python:app.py', 'python'],
    ['c++', 'cpp'],
    ['bash', 'shell'],
    ['yaml', 'yaml'],
    ['text', null],
    ['plaintext', null],
    ['', null],
    [null, null],
  ])('%j -> %j', (declared, expected) => {
    expect(normalizeLanguage(declared)).toBe(expected);
  });
});

describe('detectLanguage', () => {
  test.each<[string, string | null]>([
    // Swift and Kotlin imports are not Python.
    ['import UIKit', null],
    ['import kotlinx.coroutines.Job as J', null],
    // Shell sessions and prose are never guessed as code.
    ['$ pip install liam-core\n$ python -m liam', null],
    ['pip install requests\nnpm install left-pad', null],
    ['Import the data from the warehouse and run the report before Friday.', null],
    ['Our platform delivers 40% faster insights for healthcare teams.', null],
    ['', null],
  ])('%j -> %j', (code, expected) => {
    expect(detectLanguage(code)).toBe(expected);
  });

  test.each<[string, string, string]>([
    ['import numpy as np', 'js', 'javascript'],
    ['from x import y\nprint(1)', 'text', 'python'],
  ])('%j declared %j -> %j (a declaration wins; "text" declares nothing)', (code, declared, expected) => {
    expect(detectLanguage(code, declared)).toBe(expected);
  });
});
