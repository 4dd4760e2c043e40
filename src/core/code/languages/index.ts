// The import languages, one file each. Adding a language is its file, its test, a fixture that uses it, and one
// entry here; the detection, masking, local-name and extraction code and the verify and export layers read this.
import type { Language } from '../types';
import { python } from './python';
import { javascript } from './javascript';
import { go } from './go';
import { rust } from './rust';
import { java } from './java';
import { ruby } from './ruby';
import { php } from './php';
import { html } from './html';

/**
 * Why: one list says which languages have imports. Its order decides nothing: a guess compares scores and a tie
 * between the two best is no guess at all (a wrong guess costs a false "missing package"; see guessLanguage and
 * the test that reverses this list), and names and aliases are unique (tested). Most-written languages first.
 */
export const LANGUAGES: readonly Language[] = [python, javascript, go, rust, java, ruby, php, html];
