// What a piece of evidence cites, as something a service can look up: a DOI, an arXiv id, or surnames and a year.
// Only these identifiers leave the browser; never the claim, its sentence or the reference entry's other words.
import type { Evidence } from '../core/report';

/** Why: the three shapes a cited work is looked up by. */
export type CitedWork =
  | { kind: 'doi'; doi: string }
  | { kind: 'arxiv'; id: string }
  | { kind: 'author-year'; surnames: string[]; etAl: boolean; year: number; text: string };

const DOI = /\b(10\.\d{4,9}\/[^\s"<>]+)/;
const ARXIV_NEW = /\b(?:arxiv:\s?|arxiv\.org\/(?:abs|pdf)\/)?(\d{4}\.\d{4,5})(?:v\d+)?\b/i;
const ARXIV_OLD = /\b(?:arxiv:\s?|arxiv\.org\/(?:abs|pdf)\/)([a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?\b/i;
const YEAR = /\b((?:1[89]|20)\d{2})[a-z]?\b/g;
const PARTICLE = /^(?:van|von|de|der|den|da|di|du|le|la|del|della|dos|das|ter|ten|bin|al|el)$/i;

/** Why: "10.1145/3442188.3445922." in prose ends at the sentence's full stop, not in the DOI. */
export function cleanDoi(raw: string): string {
  return raw.replace(/[.,;:)\]}>'"]+$/, '').toLowerCase();
}

/** Why: "Koomey et al., 2016", "(Smith and Lee 2021)", "Ito & Brandt, 2020" -> surnames and a year. */
export function parseAuthorYear(text: string): Extract<CitedWork, { kind: 'author-year' }> | null {
  const clean = text
    .replace(/[()[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const years = [...clean.matchAll(YEAR)];
  const last = years[years.length - 1];
  if (!last || last.index === undefined) return null;
  const year = Number(last[1]);
  const names = clean.slice(0, last.index);
  const etAl = /\bet\s+al\b/i.test(names);
  const surnames = names
    .replace(/\bet\s+al\b\.?/gi, ' ')
    .split(/,|;|&|\band\b/)
    .map((part) =>
      part
        .trim()
        .split(/\s+/)
        .filter((w) => /^\p{Lu}/u.test(w) || PARTICLE.test(w))
        // "J. Koomey" -> "Koomey": initials are not surnames.
        .filter((w) => !/^\p{Lu}\.?$/u.test(w) && !/^(?:\p{Lu}\.){2,}$/u.test(w))
        .join(' '),
    )
    .filter((s) => /\p{L}{2,}/u.test(s));
  if (surnames.length === 0 || surnames.length > 4) return null;
  return { kind: 'author-year', surnames, etAl, year, text: clean };
}

/** Why: one evidence item -> what to look up, or null (a plain link, an attribution, an unparseable entry). */
export function citedWork(ev: Evidence): CitedWork | null {
  const text = ev.text ?? '';
  if (ev.kind === 'doi' || ev.kind === 'footnote' || ev.kind === 'anchor' || ev.kind === 'author-year') {
    const doi = DOI.exec(ev.kind === 'doi' ? text : `${text} ${ev.href ?? ''}`);
    if (doi) return { kind: 'doi', doi: cleanDoi(doi[1]!) };
  }
  if (ev.kind === 'arxiv' || ev.kind === 'footnote' || ev.kind === 'anchor') {
    const both = `${text} ${ev.href ?? ''}`;
    const m = ARXIV_NEW.exec(both) ?? ARXIV_OLD.exec(both);
    if (m && (ev.kind === 'arxiv' || /arxiv/i.test(both))) return { kind: 'arxiv', id: m[1]! };
  }
  // An author-year citation the article links is followable already; only the unlinked ones are looked up.
  if (ev.kind === 'author-year' && !ev.href) return parseAuthorYear(text);
  return null;
}

/** Why: equal citations share one lookup ("Koomey et al., 2016" twice is one question). */
export function workKey(w: CitedWork): string {
  if (w.kind === 'doi') return `doi:${w.doi}`;
  if (w.kind === 'arxiv') return `arxiv:${w.id.toLowerCase()}`;
  return `ay:${w.surnames.map(foldName).join('+')}${w.etAl ? '+etal' : ''}:${w.year}`;
}

/** Why: "Müller" in an article and "Mueller"/"Muller" in Crossref; case and accents never decide a match. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');
}
