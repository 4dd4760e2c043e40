import type { Claim } from '../core/report';
import type { Check } from './types';
import { severityRank } from '../core/vocabulary';
import { severityFor } from '../core/worth/judge';
import { flaggedFigures } from './unsupported-number';

const sentenceKey = (c: Claim): string => `${c.block}\u0000${c.sentence}`;

// The figures unsupported-number flags, by sentence, each with its text and severity rank (0 the gravest):
// "What I read was that the site cost over $9,000,000" is one problem, the figure with no source, which its "I read"
// introduces; a second finding on it, no graver than the figure's, would say it again. (A figure before the
// attribution, or past where its report ends, is another claim: "a $14 billion market, and analysts estimate that
// engagement will double"; "Experts agree that the era ... is over, and the numbers back them up: nearly half ...".)
function figuresBySentence(claims: readonly Claim[]): Map<string, { text: string; rank: number }[]> {
  const out = new Map<string, { text: string; rank: number }[]>();
  for (const { c, severity } of flaggedFigures(claims)) {
    const figure = { text: c.text, rank: severityRank(severity) };
    const list = out.get(sentenceKey(c));
    if (list) list.push(figure);
    else out.set(sentenceKey(c), [figure]);
  }
  return out;
}

// Where what the attribution reports ends: a colon or semicolon, ", but" and the like, a dash between blanks. (Not
// ", and": ", and so they spent over $9,000,000" goes on with what "What I read was that" reports.)
const REPORT_ENDS = /[;:]|,\s+(?:but|while|whereas|although|though)\b|\s[-–—]\s/;

// Whether the figure follows the attribution within what it reports.
function introduces(sentence: string, attribution: string, figure: string): boolean {
  const from = sentence.indexOf(attribution);
  const at = from < 0 ? -1 : sentence.indexOf(figure, from + attribution.length);
  return at >= 0 && !REPORT_ENDS.test(sentence.slice(from + attribution.length, at));
}

/** Why: "studies show" borrows authority from a source it never names. */
export const weaselAttribution: Check = {
  id: 'weasel-attribution',
  description: 'An appeal to unnamed authority ("studies show", "experts agree") with no source.',
  run: (report) => {
    const figures = figuresBySentence(report.claims);
    return report.claims.flatMap((c) => {
      // Cited-unlinked ones are reported by cited-unlinked.
      const severity =
        c.kind === 'weasel' && c.support === 'unsupported' ? severityFor(c.worth, c.support) : null;
      if (!severity) return [];
      const rank = severityRank(severity);
      const inSentence = figures.get(sentenceKey(c)) ?? [];
      if (inSentence.some((f) => f.rank <= rank && introduces(c.sentence, c.text, f.text))) return [];
      return [
        { severity, message: `"${c.text}" names no study or expert that a reader can check.`, ref: c.id },
      ];
    });
  },
};
