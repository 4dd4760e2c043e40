import type { Check, FindingDraft } from './types';
import { severityFor } from '../core/worth/judge';
import { severityRank } from '../core/vocabulary';
import { flaggedFigures } from './unsupported-number';

// "Most people don't do that and instead compile their posts at build time", "Unlike most database systems, which
// are servers, ...": a minor "most ..." with no figure in its sentence sets the scene. Readers of three blind sets of
// real posts called 11 of 14 such findings noise; "Most teams use maybe 10% of what they pay for" keeps its finding.
const inPassing = (text: string, sentence: string, severity: string): boolean =>
  severity === 'low' && /^(?:most|the\s+majority\s+of)\b/i.test(text) && !/\d/.test(sentence);

// Where one claim ends and the next begins: ", and", "and", ", yet", "including", ";", ":", a dash between blanks.
const CLAUSE_BREAK =
  /[;:]|,\s+(?:and|but|yet|while|whereas|so|although|though)\b|\s(?:and|but|yet|including|such\s+as|among)\s|\s[-–—]\s/;

/** Why: "most teams ...", "the majority of the world's infrastructure": a statistic in words still needs a source. */
export const unsupportedGeneralization: Check = {
  id: 'unsupported-generalization',
  description: 'A sweeping claim about the market, the world or "most teams", with no source.',
  run: (report) => {
    // "... uses ClickHouse to process a large portion of all HTTP traffic on the internet with 10+ million records
    // per second": a flagged figure of its clause, as grave or graver, is its problem; a second finding repeats it
    // ("Over 2 million developers use Quillpad, and most teams run ..." are two claims, a clause apart).
    const figures = new Map<string, { text: string; rank: number }[]>();
    for (const { c, severity } of flaggedFigures(report.claims)) {
      const key = `${c.block}\u0000${c.sentence}`;
      figures.set(key, [...(figures.get(key) ?? []), { text: c.text, rank: severityRank(severity) }]);
    }
    const repeats = (c: (typeof report.claims)[number], rank: number): boolean =>
      (figures.get(`${c.block}\u0000${c.sentence}`) ?? []).some((f) => {
        if (f.rank > rank) return false;
        const [a, b] = [c.sentence.indexOf(c.text), c.sentence.indexOf(f.text)];
        const between = c.sentence.slice(Math.min(a, b), Math.max(a, b));
        return a >= 0 && b >= 0 && !CLAUSE_BREAK.test(between);
      });
    // "developers increasingly rely on open-source components ..., and many businesses use ...": one sentence that
    // sets the scene, one finding over its sweeping words.
    const bySentence = new Map<string, FindingDraft & { texts: string[] }>();
    return report.claims
      .flatMap((c) => {
        const severity =
          c.kind === 'generalization' && c.support === 'unsupported' ? severityFor(c.worth, c.support) : null;
        if (!severity || inPassing(c.text, c.sentence, severity)) return [];
        if (repeats(c, severityRank(severity))) return [];
        const key = `${c.block}\u0000${c.sentence}`;
        const same = bySentence.get(key);
        if (same) {
          same.texts.push(c.text);
          same.refs = [...(same.refs ?? [same.ref]), c.id];
          same.message = `"${same.texts.join('", "')}" are sweeping claims with no source.`;
          if (severityRank(severity) < severityRank(same.severity)) same.severity = severity;
          return [];
        }
        const finding = {
          severity,
          message: `"${c.text}" is a sweeping claim with no source.`,
          ref: c.id,
          texts: [c.text],
        };
        bySentence.set(key, finding);
        return [finding];
      })
      .map(({ texts: _texts, ...finding }) => finding);
  },
};
