// Allocation-light loops over stateful (global or sticky) regexes, for scanners that run on every block of a page.

/** Why: `String.prototype.matchAll` clones its regex on every call; on thousands of blocks that clone dominates. */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (!re.global && !re.sticky) {
    const one = re.exec(text);
    return one ? [one] : [];
  }
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

/** Why: reads what follows a match ("per month", "faster") by its length, with a sticky pattern tried at `at` only. */
export function sticky(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.exec(text)?.[0].length ?? 0;
}
