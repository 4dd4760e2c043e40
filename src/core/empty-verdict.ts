// What an empty report means, in words: an article with nothing to check, one whose figures ask for no source, or
// one whose claims all stand on sources. Shared by the popup, the terminal and the exports.
import type { Report } from './report';
import { FIGURE_KINDS } from './vocabulary';

/** Why: "nothing flagged" must tell "no check-worthy claims" apart from "every claim stands on a source". */
export function emptyVerdict(report: Pick<Report, 'claims'>): { title: string; detail: string } {
  const claims = report.claims;
  const s = (n: number) => (n === 1 ? '' : 's');
  if (claims.length === 0)
    return { title: 'No claims found', detail: 'no statistics, claims or citations in this article.' };
  const worth = claims.filter((c) => c.worth !== 'none');
  if (worth.length === 0) {
    const figures = claims.filter((c) => FIGURE_KINDS.has(c.kind)).length;
    const phrases = claims.length - figures;
    const read =
      phrases === 0
        ? `${figures} figure${s(figures)} read (prices, examples, settings, versions)`
        : figures === 0
          ? `${phrases} phrase${s(phrases)} read (opinions, generic wording, descriptions)`
          : `${figures} figure${s(figures)} and ${phrases} phrase${s(phrases)} read`;
    return { title: 'No check-worthy claims', detail: `${read}; none asks for a source.` };
  }
  return {
    title: 'Every claim stands on a source',
    detail: `${worth.length} check-worthy claim${s(worth.length)}, each linked or cited where a reader can follow it.`,
  };
}
