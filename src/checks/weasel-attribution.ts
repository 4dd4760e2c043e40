import type { Claim } from '../core/report';
import type { Check } from './types';
import { FIGURE_KINDS, severityRank } from '../core/vocabulary';
import { severityFor } from '../core/worth/judge';

// The figures unsupported-number flags, by sentence, each with its text and severity rank (0 the gravest):
// "What I read was that the site cost over $9,000,000" is one problem, the figure with no source, which its "I read"
// introduces; a second finding on it, no graver than the figure's, would say it again. (A figure before the
// attribution, or after a new clause, is another claim: "a $14 billion market, and analysts estimate that engagement
// will double"; "Experts agree that the era ... is over, and the numbers back them up: nearly half ...".)
function flaggedFigures(claims: readonly Claim[]): Map<string, { text: string; rank: number }[]> {
  const out = new Map<string, { text: string; rank: number }[]>();
  for (const c of claims) {
    if (c.table !== undefined || !FIGURE_KINDS.has(c.kind) || c.support !== 'unsupported') continue;
    const severity = severityFor(c.worth, c.support);
    if (!severity) continue;
    const key = `${c.block}\u0000${c.sentence}`;
    const figure = { text: c.text, rank: severityRank(severity) };
    const list = out.get(key);
    if (list) list.push(figure);
    else out.set(key, [figure]);
  }
  return out;
}

// Where what the attribution says ends: a colon or semicolon, ", but" and the like, a dash between blanks. (", and
// so they spent over $9,000,000" goes on with what "What I read was that" reports.)
const CLAUSE_BREAK = /[;:]|,\s+(?:but|while|whereas|although|though)\b|\s[-–—]\s/;

// Whether the figure follows the attribution within what it reports.
function introduces(sentence: string, attribution: string, figure: string): boolean {
  const from = sentence.indexOf(attribution);
  const at = from < 0 ? -1 : sentence.indexOf(figure, from + attribution.length);
  return at >= 0 && !CLAUSE_BREAK.test(sentence.slice(from + attribution.length, at));
}

/** Why: "studies show" borrows authority from a source it never names. */
export const weaselAttribution: Check = {
  id: 'weasel-attribution',
  description: 'An appeal to unnamed authority ("studies show", "experts agree") with no source.',
  run: (report) => {
    const figures = flaggedFigures(report.claims);
    return report.claims.flatMap((c) => {
      // Cited-unlinked ones are reported by cited-unlinked.
      const severity =
        c.kind === 'weasel' && c.support === 'unsupported' ? severityFor(c.worth, c.support) : null;
      if (!severity) return [];
      const rank = severityRank(severity);
      const inSentence = figures.get(`${c.block}\u0000${c.sentence}`) ?? [];
      if (inSentence.some((f) => f.rank <= rank && introduces(c.sentence, c.text, f.text))) return [];
      return [
        { severity, message: `"${c.text}" names no study or expert that a reader can check.`, ref: c.id },
      ];
    });
  },
};
