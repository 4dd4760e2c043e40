// Cheap exact pre-checks for case-insensitive patterns. V8 runs an /i pattern (above all /iu) by trying every
// position of the text, which makes the long lexicon patterns cost tens of milliseconds on a 1 MB page even when
// they find nothing. The same pattern without `i`, run on the lower-cased text, matches wherever the original can,
// and runs at full speed: when it finds nothing, the original finds nothing. When it finds something, the caller
// still runs the original on the original text, so results never change.

// Characters whose lower case does not stand in for /iu case folding (checked over every code point): "İ" grows
// when lower-cased, "ſ" folds to "s", and the Greek iota family folds together with a combining mark.
const UNSAFE = /\u0130|\u017f|\u0345|\u0399|\u03b9|\u1fbe/u;
// Property classes that name a case (\p{Lu}): lower-casing the text changes what they match, so no guard.
const CASED_CLASS =
  /\\[pP]\{(?:Lu|Ll|Lt|LC|Cased|Upper|Lower|Uppercase|Lowercase|Uppercase_Letter|Lowercase_Letter|Titlecase_Letter|Cased_Letter|Changes_When)/;
// An escape (kept as written) or one literal character (lower-cased: under `i` "No" and "no" are the same pattern).
const SOURCE_PART =
  /\\(?:[pPk][{<][^}>]*[}>]|u\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|[\s\S])|[\s\S]/g;

/** Why: one lower-cased copy of a text shared by all its guards; null when lower-casing cannot stand in for /i. */
export function foldText(text: string): string | null {
  const lower = text.toLowerCase();
  return lower.length === text.length && !UNSAFE.test(text) ? lower : null;
}

/** Why: a guard says whether a case-insensitive pattern may match a text; `false` is a proof it cannot. */
export type FoldGuard = (folded: string | null) => boolean;

/**
 * Why: builds the guard for one case-insensitive pattern. Patterns the guard cannot stand in for (case-naming
 * property classes, or no `i` flag) get a guard that always says "may match", so callers need no special case.
 */
export function foldGuard(re: RegExp): FoldGuard {
  if (!re.flags.includes('i') || CASED_CLASS.test(re.source)) return () => true;
  let source = '';
  for (const part of re.source.match(SOURCE_PART) ?? []) {
    source += part.startsWith('\\') ? part : part.toLowerCase();
  }
  let fast: RegExp;
  try {
    fast = new RegExp(source, re.flags.replace(/[igy]/g, ''));
  } catch {
    return () => true;
  }
  return (folded) => folded === null || fast.test(folded);
}
