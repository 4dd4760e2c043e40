// A post repeats its headline figure in the summary, the body and a customer quote, and a converter leaves the same
// "(Back to top)" placeholder under every section: one problem, one finding. Later occurrences join the first
// finding's `refs`, so the list shows the problem once and the page still marks every place it is said.
import type { Finding, Report } from './report';
import { severityRank } from './vocabulary';

type Draft = Omit<Finding, 'id'>;

/** Why: folds a check run's findings that say the same thing about the same words into the first of them. */
export function foldRepeats(drafts: Draft[], report: Report): Draft[] {
  if (drafts.length < 2) return drafts;
  const claims = byId(report.claims);
  const links = byId(report.links);
  // Most findings repeat nothing: only those that share a rough key with another (the rule and the words, or the
  // rule and a sentence with a timing in it) are read closely.
  const rough = new Map<string, number>();
  const roughOf = (d: Draft): string[] => {
    if (d.refs && d.refs.length > 1) return [];
    const c = claims.get(d.ref);
    if (c) {
      const keys = [`${d.rule}|${c.text.toLowerCase()}`];
      const counted = countedKey(d, c);
      if (counted !== null) keys.push(counted);
      if (SUMS_UP.has(c.kind) || oneSource(d, c) !== null) keys.push(`${d.rule}|${c.block}|${c.sentence}`);
      const timed = durationSentence(d, c);
      if (timed !== null) keys.push(timed);
      const lead = leadKey(d, c);
      if (lead !== null) keys.push(lead);
      const near = nearKey(d, c);
      if (near !== null) keys.push(near);
      keys.push(...afterKeys(d, c));
      const value = valueKey(d, c);
      if (value !== null) keys.push(value);
      if (changedSubject(c) !== null) keys.push(`${d.rule}|subject|${c.kind}|${c.value}|${c.unit}`);
      return keys;
    }
    const l = links.get(d.ref);
    return l ? [`${d.rule}|${l.text.toLowerCase()}|${l.href ?? ''}`] : [];
  };
  const roughKeys = drafts.map(roughOf);
  for (const keys of roughKeys) for (const k of keys) rough.set(k, (rough.get(k) ?? 0) + 1);
  const first = new Map<string, Draft>();
  const bySentence = new Map<string, Draft>();
  const byDuration = new Map<string, Draft>();
  const byLead = new Map<string, Draft>();
  const byNear = new Map<string, Draft[]>();
  const byAfter = new Map<string, Draft>();
  const byValue = new Map<string, Draft>();
  const bySubject = new Map<string, Changed[]>();
  const out: Draft[] = [];
  drafts.forEach((d, i) => {
    if (!roughKeys[i]!.some((k) => rough.get(k)! > 1)) {
      out.push(d);
      return;
    }
    const key = keyOf(d, claims, links);
    const claim = claims.get(d.ref);
    const sentence = claim ? changeSentence(d, claim) : null;
    const source = claim ? oneSource(d, claim) : null;
    const timed = claim ? durationSentence(d, claim) : null;
    const lead = claim ? leadKey(d, claim) : null;
    const near = claim ? nearKey(d, claim) : null;
    const after = claim ? afterKeys(d, claim) : [];
    const value = claim ? valueKey(d, claim) : null;
    const subject = claim ? changedSubject(claim) : null;
    const subjectKey = subject && `${d.rule}|subject|${claim!.kind}|${claim!.value}|${claim!.unit}`;
    const kept =
      (key === null ? undefined : first.get(key)) ??
      (lead !== null ? sameSentence(byLead.get(lead), d, claims) : undefined) ??
      (sentence !== null && (claim?.kind === 'duration' || TO_OF_FROM.test(claim!.quote.prefix))
        ? bySentence.get(sentence)
        : undefined) ??
      (source !== null ? bySentence.get(source) : undefined) ??
      (timed !== null && CONVERTED.test(claim!.quote.prefix) ? byDuration.get(timed) : undefined) ??
      (near !== null ? sameSubject(byNear.get(near), d, claims) : undefined) ??
      after.map((k) => byAfter.get(k)).find((k) => k !== undefined) ??
      (value !== null && BACK_REFERENCE.test(claim!.quote.prefix) ? byValue.get(value) : undefined) ??
      (subjectKey ? sameChanged(bySubject.get(subjectKey), subject!) : undefined);
    if (subjectKey)
      bySubject.set(subjectKey, [
        ...(bySubject.get(subjectKey) ?? []),
        { into: kept ?? d, subject: subject! },
      ]);
    if (!kept) {
      if (value !== null && !byValue.has(value)) byValue.set(value, d);
      for (const k of after) if (!byAfter.has(k)) byAfter.set(k, d);
      if (key !== null) first.set(key, d);
      if (timed !== null && !byDuration.has(timed)) byDuration.set(timed, d);
      if (lead !== null && !byLead.has(lead)) byLead.set(lead, d);
      if (near !== null) byNear.set(near, [...(byNear.get(near) ?? []), d]);
      if (sentence !== null && !bySentence.has(sentence)) bySentence.set(sentence, d);
      if (source !== null && !bySentence.has(source)) bySentence.set(source, d);
      out.push(d);
      return;
    }
    // The rest of a folded figure's sentence joins where the figure went ("67% faster query speeds: ... from 6 seconds
    // to 2 seconds" with the 67% said before).
    if (sentence !== null && !bySentence.has(sentence)) bySentence.set(sentence, kept);
    kept.refs = [...(kept.refs ?? [kept.ref]), d.ref];
    if (severityRank(d.severity) < severityRank(kept.severity)) {
      // The gravest place speaks for the rest: its words, and its position first.
      kept.severity = d.severity;
      kept.message = d.message;
      kept.ref = d.ref;
    }
  });
  return out;
}

// "the client was facing 99th latency around 50ms", then "From the start, the 50ms latency number has been bugging
// me", "the observed 50ms": a figure named again as the one already given. Its key: the rule, kind, value and unit.
// (A timing only: "the remaining 20% of customers" after "cut our bill by 20%" is another figure.)
const BACK_REFERENCE = /\b(?:the|this|that)\s+(?:same\s+|observed\s+|reported\s+|measured\s+)?$/i;
function valueKey(d: Draft, c: Report['claims'][number]): string | null {
  if (c.table !== undefined || c.value === undefined || c.kind !== 'duration') return null;
  return `${d.rule}|value|${c.kind}|${c.value}|${c.unit}`;
}

// "improved PostgreSQL query performance by 67 percent" in the description, "67% faster query speeds" in the results,
// "improved our query performance by 67%" in a customer's words and "reducing query times by 67%" in the wrap-up: one
// change of one thing, named by the words between its verb and "by" or after its comparative. Its key: the rule and
// the figure's kind, value and unit; the thing is checked after (a word shared beyond the measure: "build times" and
// "test times" are two things).
const BY_SUBJECT =
  /((?:[\p{L}\p{N}][\p{L}\p{N}'’-]*\s+){1,3})by\s+(?:up\s+to\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|~)?$/u;
const COMPARATIVE_SUBJECT =
  /^\s*(?:faster|slower|lower|higher|smaller|larger|quicker|cheaper|fewer|less|more|better|shorter)\s+((?:[\p{L}\p{N}][\p{L}\p{N}'’-]*\s*){1,2})/u;
const NO_SUBJECT =
  /^(?:the|our|their|its|his|her|my|your|this|that|these|those|and|was|were|are|has|have|had|been|improv\w*|reduc\w*|cut|cutting|lower\w*|rais\w*|increas\w*|decreas\w*|boost\w*|drop\w*|shr[ia]nk\w*|slash\w*|grow\w*|grew|rose|fell|went|sped|speed\w*|overall|average|total|performance|speeds?|times?|costs?|latenc(?:y|ies)|throughput|usage|sizes?|rates?|counts?|numbers?|on|in|at|for|than|with|from|to|of)$/;
// Asked of a claim once for its rough key and once when it is read closely: worked out once.
const subjects = new WeakMap<Report['claims'][number], Set<string> | null>();
function changedSubject(c: Report['claims'][number]): Set<string> | null {
  let s = subjects.get(c);
  if (s === undefined) subjects.set(c, (s = changedSubjectNow(c)));
  return s;
}
function changedSubjectNow(c: Report['claims'][number]): Set<string> | null {
  if (c.table !== undefined || c.value === undefined || (c.kind !== 'percentage' && c.kind !== 'multiplier'))
    return null;
  const before = BY_SUBJECT.exec(c.quote.prefix)?.[1];
  const after =
    before === undefined
      ? COMPARATIVE_SUBJECT.exec(
          c.text.replace(/^[^]*?\d[\d.,]*\s*(?:%|x|×|percent)?/u, '') + c.quote.suffix,
        )?.[1]
      : undefined;
  const words = (before ?? after ?? '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !NO_SUBJECT.test(w));
  return words.length > 0 ? new Set(words) : null;
}
// A change already seen (the finding it went into and its thing), and the first whose thing shares a word with this
// one's (the thing is named, so the word after the figure, "by 45% after the move", says nothing of it).
interface Changed {
  into: Draft;
  subject: Set<string>;
}
function sameChanged(seen: readonly Changed[] | undefined, subject: Set<string>): Draft | undefined {
  return seen?.find((s) => [...subject].some((w) => s.subject.has(w)))?.into;
}

// "Pipelines that previously took 45 minutes now average 6 minutes", "from 45 minutes to 20 minutes", "9x faster
// builds (45 minutes to 5 minutes)": the timings before and after a change are one claim with the figure that sums
// them up. Its key: the rule, block and sentence of a timing, multiplier or percentage in a sentence of change.
// "reduce labeling errors from 5% to near 0%": the end of a change whose start is a figure of the same sentence.
const TO_OF_FROM =
  /\bfrom\s+(?:about\s+|around\s+|~)?[\d.,]+\s*(?:%|x|×|[\p{L}]{1,12})?\s+to\s+(?:near(?:ly)?\s+|about\s+|around\s+|roughly\s+|~)?$/iu;
const CHANGE = /\b(?:from|previously|now|down\s+to|reduced|dropped|fell|cut|optimi[sz]ed|went)\b|->|→/i;
const SUMS_UP = new Set(['duration', 'multiplier', 'percentage']);
function changeSentence(d: Draft, c: Report['claims'][number]): string | null {
  return c.table === undefined && SUMS_UP.has(c.kind) && CHANGE.test(c.sentence)
    ? `${d.rule}|${c.block}|${c.sentence}`
    : null;
}

// "improves overall build performance by up to 10x." in the intro and "this improves build performance by up to 10x!"
// in the body: one figure led by the same two words, whatever follows it. Its key: the rule, the figure's kind,
// value and unit, and the two words before it (outside tables).
// (The last two words by a global match, which is linear: an end-anchored pattern is retried at every start.)
const LEAD_WORD = /[\p{L}\p{N}]+/gu;
function leadKey(d: Draft, c: Report['claims'][number]): string | null {
  if (c.table !== undefined || c.value === undefined || !FIGURES.has(c.kind)) return null;
  const words = c.quote.prefix.match(LEAD_WORD);
  if (!words || words.length < 2) return null;
  return `${d.rule}|lead|${c.kind}|${c.value}|${c.unit}|${words.slice(-2).join(' ').toLowerCase()}`;
}

// The first finding of a lead key, when its sentence says much of what `d`'s says (two in five of their words shared):
// "grew 2.75x in four months" and "grew 2.75x between April and July" are two statements of one figure.
function sameSentence(
  kept: Draft | undefined,
  d: Draft,
  claims: { get(id: string): Report['claims'][number] | undefined },
): Draft | undefined {
  const a = kept && claims.get(kept.ref);
  const b = claims.get(d.ref);
  if (!a || !b) return undefined;
  // "12x fewer errors" and "12x fewer outages" lead alike and count two things.
  if (countsAnother(a, b)) return undefined;
  const wa = new Set(a.sentence.toLowerCase().match(SENTENCE_WORD));
  const wb = new Set(b.sentence.toLowerCase().match(SENTENCE_WORD));
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared * 5 >= (wa.size + wb.size - shared) * 2 ? kept : undefined;
}
const SENTENCE_WORD = /[\p{L}\p{N}]{3,}/gu;

// "sandboxed renderers start up ~43% faster" in the summary, "sandboxed renderer startup roughly 43% faster" in the
// body and "sandboxed renderers start ~43% faster" in the wrap-up: one figure, however hedged, of one subject. Its
// key: the rule, the figure's kind, value and unit, and the word that ends it or follows it; the subject is checked
// after.
function nearKey(d: Draft, c: Report['claims'][number]): string | null {
  if (c.table !== undefined || c.value === undefined || (c.kind !== 'percentage' && c.kind !== 'multiplier'))
    return null;
  // The word that says what changed: the claim's own last word ("43% faster"), else the one after it ("2x the").
  const next = (/(\p{L}{3,})$/u.exec(c.text)?.[1] ?? NEXT_WORD.exec(c.quote.suffix)?.[1])?.toLowerCase();
  return next === undefined ? null : `${d.rule}|near|${c.kind}|${c.value}|${c.unit}|${next}`;
}

// "over 92% DRAM bandwidth utilization" in the intro, "over 92% of bandwidth utilization" under the table and "92%
// of the theoretical bandwidth" between: one percentage or multiple of one thing. Its keys: the rule, the figure's
// kind, value and unit, and each word of five letters or more among the four after it, glue words aside (outside
// tables).
const GLUE_WORD =
  /^(?:between|after|before|about|above|below|under|across|through|within|without|since|until|while|which|where|their|there|these|those|other|compared|against|thanks|would|could|should)$/;
const AFTER_WORDS = /^[^.!?;:]*?(?:\S+\s+){0,3}\S+/u;
function afterKeys(d: Draft, c: Report['claims'][number]): string[] {
  if (c.table !== undefined || c.value === undefined || (c.kind !== 'percentage' && c.kind !== 'multiplier'))
    return [];
  const wordsOf = (text: string): string[] =>
    ((AFTER_WORDS.exec(text)?.[0] ?? '').toLowerCase().match(/\p{L}{5,}/gu) ?? []).filter(
      (w) => !GLUE_WORD.test(w),
    );
  // "results in up to 18x savings." ends its clause: the words the claim itself holds after its figure stand in for
  // the ones after it ("offers up to 18x in savings in practice").
  let next = wordsOf(c.quote.suffix.split(/[.!?;:](?:\s|$)/)[0]!);
  // (Its thing, not a comparison: "43% faster." and "43% faster." say nothing of what is faster.)
  if (next.length === 0)
    next = wordsOf(c.text.replace(/^[^]*\d[\d.,]*\s*[x×%]?/u, '')).filter((w) => !/(?:er|less)$/.test(w));
  return next.map((w) => `${d.rule}|after|${c.kind}|${c.value}|${c.unit}|${w.slice(0, 7)}`);
}

// The first finding of a near key whose figure follows the same word (its first five letters; the nearest word of
// five letters or more before it, hedges aside): "renderers start up ~43%" and "renderer startup roughly 43%".
// ("On Windows, incremental builds are 30% faster" and "On Windows, cold test runs are 30% faster" share a word, not
// the nearest one.)
function sameSubject(
  kept: readonly Draft[] | undefined,
  d: Draft,
  claims: { get(id: string): Report['claims'][number] | undefined },
): Draft | undefined {
  const b = claims.get(d.ref);
  const stem = b && subjectStem(b.quote.prefix);
  if (!kept || !b || stem === null) return undefined;
  return kept.find((k) => {
    const a = claims.get(k.ref);
    return a !== undefined && !countsAnother(a, b) && subjectStem(a.quote.prefix) === stem;
  });
}
const SUBJECT_WORD = /\p{L}{5,}/gu;
const HEDGE_WORD = /^(?:about|around|roughly|nearly|almost|approximately|between|which|there|their)$/;
function subjectStem(prefix: string): string | null {
  const words = prefix.split(/\s+/).slice(-5).join(' ').toLowerCase().match(SUBJECT_WORD) ?? [];
  const near = words.filter((w) => !HEDGE_WORD.test(w)).pop();
  return near === undefined ? null : near.slice(0, 5);
}
// "12x fewer errors" and "12x fewer outages" count two things, whatever leads them.
function countsAnother(a: Report['claims'][number], b: Report['claims'][number]): boolean {
  const nextA = NEXT_WORD.exec(a.quote.suffix)?.[1]?.toLowerCase();
  const nextB = NEXT_WORD.exec(b.quote.suffix)?.[1]?.toLowerCase();
  return nextA !== undefined && nextB !== undefined && nextA !== nextB;
}
// The word right after a figure, within its clause ("12x fewer errors": "errors"; "up to 10x!": none).
const NEXT_WORD = /^[^\p{L}\p{N}.!?;:,]*(?:\p{L}+\s+)?(\p{L}{3,})/u;

// "This build takes over 4 hours (250 min)": a timing and, in brackets right after it, the same timing in other units.
// Its key: the rule, block and sentence of a timing outside a table; the bracketed one joins the sentence's first.
const CONVERTED = /\b(?:ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?)\s*\(\s*~?$/i;
function durationSentence(d: Draft, c: Report['claims'][number]): string | null {
  return c.kind === 'duration' && c.table === undefined ? `${d.rule}|timed|${c.block}|${c.sentence}` : null;
}

// "Official test data shows that it cuts CPU use by 21.8% and raises throughput by 10%, but adds 4.6% of space": the
// figures one unnamed source gave lack that one source; "Nvidia claims 30x higher ... ("Up to 30X Higher ...")": the
// figures of one sentence that cites a source without a link lack that one link. Its key: the rule, block, sentence.
const UNNAMED_SOURCE =
  /\b(?:data|tests?|studies|research|benchmarks?|experiments?|reports?|surveys?|numbers|results)\s+(?:shows?|suggests?|indicates?|found|finds|reveals?|proves?)\b/i;
const FIGURES = new Set(['percentage', 'multiplier', 'number', 'money', 'duration']);
function oneSource(d: Draft, c: Report['claims'][number]): string | null {
  return c.table === undefined &&
    FIGURES.has(c.kind) &&
    (d.rule === 'cited-unlinked' || UNNAMED_SOURCE.test(c.sentence))
    ? `${d.rule}|${c.block}|${c.sentence}`
    : null;
}

// The same rule about the same words: a claim's kind, value and words outside tables (a table's finding covers its
// cells already), a link's text and address, and for an unnamed link its sentence too.
function keyOf(
  d: Draft,
  claims: { get(id: string): Report['claims'][number] | undefined },
  links: { get(id: string): Report['links'][number] | undefined },
): string | null {
  const c = claims.get(d.ref);
  if (c) {
    if (c.table !== undefined) return null;
    return countedKey(d, c) ?? `${d.rule}|${c.kind}|${words(said(c))}|${c.value}|${c.unit}`;
  }
  const l = links.get(d.ref);
  if (!l) return null;
  // A link named for its page ("[part 1](#)" in two sentences) lacks that one page; "(link)" or "here" in two sentences
  // lack two.
  const named = l.href !== null && l.href !== undefined && !UNNAMED_LINK.test(l.text);
  return `${d.rule}|${words(l.text)}|${l.href ?? ''}|${named ? '' : words(l.context ?? '')}`;
}
const UNNAMED_LINK =
  /^\W*(?:link|here|this|this\s+link|click\s+here|source|sources|more|read\s+more|learn\s+more|see\s+here|url)\W*$/i;

const words = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

// "100K users", "over 100,000 users" and "100,000 users": one count of one thing, however it is written and hedged.
// Its key: the rule, the value and what is counted, the first word after the number ("1 million records per second"
// and "1 million inserts per second" count two things).
const COUNTED = /\d[\d,.]*\s*(?:[kmb]\b|thousand|million|billion)?\s*(\p{L}{3,})/iu;
function countedKey(d: Draft, c: Report['claims'][number]): string | null {
  if (c.kind !== 'number' || c.value === undefined || c.table !== undefined) return null;
  const noun = COUNTED.exec(c.text.replace(/\ba\s+(?=thousand|million|billion)/i, '1 '))?.[1];
  return noun === undefined ? null : `${d.rule}|counted|${c.value}|${noun.toLowerCase()}`;
}

// A claim with the two words after it: "30%" in "a 30% failure rate" and in "cuts costs by 30% as the cluster grows"
// are two claims; "9x faster builds" in the summary and in the body are one.
function said(c: Report['claims'][number]): string {
  return c.text + c.quote.suffix.match(/^(?:[^\p{L}\p{N}]*[\p{L}\p{N}]+){0,2}/u)![0];
}

// Lookup by id: the list's own order when its ids follow it ("c1" first), else a map built once on first need (a
// report's claims are not always numbered in list order).
function byId<T extends { id: string }>(list: readonly T[]): { get(id: string): T | undefined } {
  let map: Map<string, T> | null = null;
  return {
    get: (id) => {
      const at = list[Number(id.slice(1)) - 1];
      if (at?.id === id) return at;
      map ??= new Map(list.map((x) => [x.id, x]));
      return map.get(id);
    },
  };
}
