// The predicates the QUIET rows (quiet.ts) share: what a claim's sentence says about its subject, its rivals and
// its business, read by more than one row or too long to write inline.
import type { ClaimContext } from './context';
import type { TableInfo } from '../tables';
import {
  EXAMPLE,
  GENERIC_SUPERLATIVE,
  LEADERSHIP,
  MARKET,
  PRODUCT_WORDS,
  FUNDING_REVENUE,
  ADOPTION_NOUN,
  ADOPTION_VERB,
  CUSTOMER_WORDS,
  COMPARE_OTHERS,
} from './patterns';
import { around, countedNoun, last, namesCompetitor, numeric } from './signal';
export { saidAgainBelow } from './said-again-below';
import {
  SUBJECT_PROVIDES,
  MOST_OF_THEM,
  REPORTED_INSTANCE,
  NAMED_RIVALS_AFTER,
  FUNCTION_WORD,
  CLAUSE_END,
  RESOURCE_CUT,
  FOR_OWN_NEEDS,
  SCOPED_RANK,
  SIZE_LIMIT_RANK,
  POPULARITY,
  RANKED_AMONG_RIVALS,
  OTHERS_POSSESSIVE,
  OWN_ARTIFACT,
  REPOSITORY_COUNT,
  STAR_COUNT,
  WE_OUR,
  FIGURE_REF,
} from './quiet-words';

/** Why: a ratio claim (a share or a multiple). */
export const ratioLike = (c: ClaimContext) => c.kind === 'percentage' || c.kind === 'multiplier';

/**
 * Why: the rest of the claim's clause after it.
 */
export function clauseAfter(after: string): string {
  const end = after.search(CLAUSE_END);
  return end < 0 ? after : after.slice(0, end);
}

// "Out of India's 1.4 billion people, around 400 million use digital payments": a country's people, which no benchmark
// of the author's counts.
const POPULATION =
  /\b(?:population|citizens|households|residents|inhabitants)\b|\b(?:million|billion)\s+(?:people|adults)\b/i;

// "according to Verizon's 2024 Data Breach Investigations Report, ... 68% of breaches": someone else's figure.
const THIRD_PARTY_SOURCE = /\baccording\s+to\s+(?!(?:our|my|us|me)\b)/i;

/**
 * Why: adoption, usage, customers, money and the market: what a disclosed benchmark method does not cover.
 */
export function aboutTheBusiness(c: ClaimContext): boolean {
  return (
    ADOPTION_NOUN.test(countedNoun(c)) ||
    ADOPTION_VERB.test(c.before) ||
    c.says(MARKET) ||
    c.says(FUNDING_REVENUE) ||
    c.says(CUSTOMER_WORDS) ||
    c.says(RESOURCE_CUT) ||
    c.says(MOST_OF_THEM) ||
    c.says(POPULATION) ||
    c.says(THIRD_PARTY_SOURCE) ||
    c.kind === 'money'
  );
}

// "we're saving over $230,000 roughly per year if you amortize the cap-ex costs of the server over 5 years": how
// the figure is worked out, not a case supposed.
const WORKED_OUT_IF =
  /\bif\s+(?:you|we)\s+(?:amorti[sz]e|factor\s+in|include|count|account\s+for|spread|annuali[sz]e|average|exclude|add\s+(?:up|in))\b/gi;

/** Why: a sentence that sets up a worked example or a hypothetical (EXAMPLE), not by how it works a figure out. */
export function exampleSaid(c: ClaimContext): boolean {
  if (!c.says(EXAMPLE)) return false;
  // Past a semicolon the sentence supposes for another figure ("... increased by 2.5 times; ... improved when the
  // Value is 50KB"); with no figure there, what it supposes is about the whole ("; we would check it first if we
  // did this again").
  let semi = c.after.indexOf(';');
  if (semi >= 0 && !/\d/.test(c.after.slice(semi))) semi = -1;
  const said = semi < 0 ? c.sentence : `${c.before}${c.text}${c.after.slice(0, semi)}`;
  if (semi >= 0 && !EXAMPLE.test(said)) return false;
  WORKED_OUT_IF.lastIndex = 0;
  return !WORKED_OUT_IF.test(said) || EXAMPLE.test(said.replace(WORKED_OUT_IF, ' '));
}

const DEMANDING_WORK =
  /^the\s+most\s+demanding\s+(?:[\w-]+\s+){0,2}(?:applications|apps|workloads|use\s+cases|environments|tasks|jobs)\b/i;
const NAMED_AFTER = /^[^.;:!?]{0,60}?\b(?:is|are|was|remains)\s+(?:still\s+)?\p{Lu}/u;

/**
 * Why: "For example, SwiftNIO saw a 20% speed improvement ...": an instance someone measured, not a worked example;
 * unless the sentence is hypothetical beyond its "for example".
 */
export function reportedInstance(sentence: string): boolean {
  const m = REPORTED_INSTANCE.exec(sentence);
  return m !== null && !EXAMPLE.test(sentence.slice(0, m.index) + sentence.slice(m.index + m[0].length));
}

/**
 * Why: whether two figures of `text` (at most its first 200) give `value` as a ratio ("64.56" and "16.69": 3.87x),
 * or as a percentage change when `percent` ("2.0" and "1.2": 40%), to within 1%.
 */
export function ratioOfFigures(text: string, value: number, percent: boolean): boolean {
  const figures = (text.match(/\d+(?:\.\d+)?/g) ?? [])
    .slice(0, 200)
    .map(Number)
    .filter((x) => x > 0);
  const near = (x: number) => Math.abs(x - value) <= Math.abs(value) * 0.01 + 0.005;
  for (const a of figures)
    for (const b of figures) {
      if (a === b) continue;
      if (!percent ? near(a / b) : near((a / b) * 100) || near(((a - b) / b) * 100)) return true;
    }
  return false;
}

// "training the largest model you can to stay under that cost": as large as one's own means allow, no rival ranked
// (not "the best tool you can buy").
const OWN_MEANS =
  /^the\s+\S+\s+(?:[\p{L}-]+\s+){0,2}?(?:that\s+)?(?:you|we|one)\s+(?:can|could)(?:\s+(?:afford|fit|train|run|manage|handle|tolerate))?(?=\s*(?:[,.;:)!?]|$|(?:to|and|while|within|under|given)\b))/iu;
const PURPOSE_OR_KIND =
  /(?:\b(?:to|in\s+order\s+to)\s+(?:provide|offer|deliver|give|determine|find|identify|decide\s+on)|\b(?:differentiates?|distinguish(?:es)?|separates?|sets?\s+apart)\s+)\s*$/i;
const FIRM_BY_SIZE =
  /^the\s+(?:world['’]s\s+|nation['’]s\s+|country['’]s\s+)?(?:largest|biggest)\s+(?:[\p{L}-]+\s+){0,3}?(?:companies|banks|firms|retailers|insurers|manufacturers|corporations|enterprises|organi[sz]ations|institutions|brands|airlines|hospitals|universities|telcos|carriers)\b/iu;
const CONCEDED = /^\W*(?:sure|granted|admittedly|of\s+course|true)\s*,[^.;]*,\s+but\b/i;
const conceded = (c: ClaimContext): boolean =>
  CONCEDED.test(c.sentence) && /,\s+but\b/i.test(c.after) && !namesCompetitor(c);
const ADVISED_CHOICE =
  /\b(?:you|we)\s+(?:need\s+to|should|must|have\s+to|ought\s+to)\s+(?:[\w-]+\s+){0,2}?(?:choose|pick|select|find|go\s+with)\s+$/i;
const CHOSEN_BEFORE = /\b(?:selected|select|chose|chosen|choose|picked|pick|identified|identify)\s+$/i;
const WAS_BEFORE = /\b(?:was|were)\s+(?:once\s+)?(?:one\s+of\s+)?$/i;
const PAST_TIME =
  /\b(?:in\s+the\s+(?:19|20)\d0s|back\s+then|at\s+(?:that|the)\s+time|(?:years|decades)\s+ago|in\s+(?:19\d\d|200\d|201\d))\b/i;
// "many of the top enterprise software industry trends", "the biggest sources of confusion": topics ranked, no rival.
const RANKED_TOPICS =
  /^the\s+\S+\s+(?:[\p{L}-]+\s+){0,3}(?:trends|sources|causes|reasons|challenges|drivers|factors|barriers|concerns|risks|benefits|mistakes|misconceptions|takeaways|themes|topics|questions|complaints|priorities)\b/iu;
// "state of the art 1989 deep learning", "2022 state of the art models", "a state of the art classifier that took 3
// days": the best of a year, history, not a rank.
const STATE_OF_THE_ART = /\bstate[- ]of[- ]the[- ]art\b/i;
const YEAR_BEFORE = /\b(?:1[89]|20)\d\d\s+(?:\S+\s+)?$/;
const YEAR_AFTER =
  /^\s*(?:\S+\s+)?(?:1[89]|20)\d\d\b|^[^.;]{0,20}\bof\s+(?:its|the|their)\s+(?:day|time|era)\b|^\s*\S+\s+(?:that|which)\s+(?:took|was|were|had|needed|used)\b/i;
// "test their models against the state-of-the-art": the field measured against, not a claim to lead it.
const MEASURED_AGAINST =
  /\b(?:against|versus|vs\.?|than|beat(?:s|ing)?|match(?:es|ing)?|compared?\s+(?:to|with)|relative\s+to|improv(?:e|es|ed|ing)\s+(?:over|on|upon))\s+(?:the\s+)?(?:current\s+)?$/i;
// "I want state-of-the-art in software engineering to improve": the field's best, as a noun that something happens
// to; no product ranked.
const FIELD_NOUN_AFTER =
  /^\s+(?:in|of)\s+(?:[\p{L}-]+\s+){1,3}(?:to|is|are|has|was|keeps|moves|improves)\b|^\s+(?:to\s+improve|is\s+(?:moving|improving|changing))\b/iu;
// "a genuine, and useful, advance in the state of the art": the field's frontier, which work moves; no rank claimed.
// ("... other great teams, who are all pushing the state of the art forward": the same frontier, moved by others.)
const FRONTIER_MOVED =
  /\b(?:(?:advances?|progress|contributions?)\s+(?:in|to)|(?:(?:who|they|others|teams|companies|researchers|projects|people)\s+(?:are\s+)?(?:all\s+)?|help(?:s|ed|ing)?\s+(?:to\s+)?)(?:push|mov|advanc|extend|expand|rais)(?:e|es|ed|ing)?)\s+(?:the\s+)?$/i;

// "we have a", "our": the author's own; then the people it praises ("team", "engineers").
const OWN_PEOPLE_BEFORE =
  /\b(?:we\s+(?:already\s+|now\s+|still\s+)?(?:have|had|hired|built|assembled)|our)\s+(?:an?\s+)?$/i;
const PEOPLE_AFTER =
  /^\s*(?:[\p{L}-]+\s+)?(?:team|teams|engineers|people|talent|staff|developers|crew|folks|founders)\b/iu;

// What advice names after "the best choice is": a kind of thing in lower case, or what to do.
const ADVICE_AFTER =
  /^\s+(?:is|are|would\s+be|will\s+be)\s+(?:usually\s+|often\s+|generally\s+|probably\s+)?(?!(?:our|my|we|us|ours)\b)(?:to\s+\p{Ll}|\p{Ll})/u;
// "we're", "we are", "we've become": the author's company is the subject.
const WE_ARE = /\b(?:we['’]re|we\s+are|we['’]ve\s+become|we\s+became)\s+(?:also\s+|now\s+|still\s+)?$/i;
// "the state-of-the-art models in this domain": the field's best, as a class of things.
const FIELD_AFTER =
  /^[\s-]*(?:[\p{L}-]+\s+)?(?:models|methods|approaches|systems|techniques|architectures|networks|algorithms|baselines|results|work)\b(?!\s+(?:like|such\s+as|including)\b)/iu;

// "what they see as", "whichever you consider", "what each team thinks is": the best as each reader judges it.
const JUDGED_BY_EACH =
  /(?<!\b(?:is|are|was|were)\s)\b(?:what(?:ever)?|which(?:ever)?)\s+(?:they|you|each\s+\w+|[\p{L}-]+s)\s+(?:see|sees|saw|consider|considers|considered|regard|regards|think|thinks|believe|believes|feel|feels|deem|deems|find|finds)\s+(?:as\s+|to\s+be\s+|is\s+|are\s+)?$/iu;

/**
 * Why: a superlative about something other than a product, a company or the author ("the simplest form").
 */
export function genericSuperlative(c: ClaimContext): boolean {
  if (c.kind !== 'superlative') return false;
  // "Even the best product in the world will always have customers that stop using it": a concession about any;
  // "all of them, except for the biggest model, fit into memory": the extreme of the set the sentence speaks of.
  if (
    /^the\s/i.test(c.text) &&
    /\b(?:even|except(?:\s+for)?|other\s+than|apart\s+from|save\s+for)\s+$/i.test(last(c.before, 14))
  )
    return true;
  // Advice ("you need to not only choose the best available option"), or a point conceded ("Sure, ..., but").
  if (ADVISED_CHOICE.test(last(c.before, 60)) || conceded(c)) return true;
  // "... the fastest on the market", "the best in its class", "the cheapest win there is": a position among rivals.
  const following = c.text.replace(/^the\s+\S+/i, '') + c.after;
  if (RANKED_AMONG_RIVALS.test(following)) return false;
  // "Earthly was the lowest-stakes validation", "the lowest-hanging fruit": options ranked by risk or effort.
  if (
    /^the\s+(?:lowest|highest|least|most)[- ](?:stakes|risk|effort|hanging|priority|friction)\b/i.test(
      c.text,
    ) ||
    // "build and run the most demanding container-based applications": a class of workloads, no product ranked.
    (/^the\s+most\s+demanding\b/i.test(c.text) && DEMANDING_WORK.test(c.text + c.after))
  )
    return true;
  // "the best choice will depend on your needs": what the choice turns on, no choice made.
  if (/^\s*(?:will|would|may|might|can|does|do)?\s*(?:always\s+|really\s+)?depends?\s+on\b/i.test(c.after))
    return true;
  // "Graftwork is the most popular release-notes tool": a named thing ranked by its adoption.
  // ("... learn why we're the most popular open-source labeling platform": the author's company, ranked.)
  if (POPULARITY.test(c.text) && (namedSubject(c.before, false) || WE_ARE.test(c.before))) return false;
  // ("The most adopted CI for greenfield apps is GitHub Actions": the name after the verb.)
  if (POPULARITY.test(c.text) && NAMED_AFTER.test(c.after)) return false;
  // "It is also the cheapest.": the subject itself is ranked, with nothing after the superlative to narrow it.
  if (
    /^the\s+\S+$/i.test(c.text) &&
    /^\s*[.!;]?\s*$/.test(c.after) &&
    /\b(?:is|are)\s+(?:also\s+)?$/i.test(c.before)
  )
    return false;
  // "Remix removes the pain by providing ... the best DX for developers": the author's product, ranked.
  // The title names it ("Internationalization with Remix"), though the page also writes "remix.run".
  const giver = SUBJECT_PROVIDES.exec(c.before)?.[1]?.toLowerCase();
  if (giver !== undefined && c.facts.titleWords.has(giver) && !FUNCTION_WORD.test(giver)) return false;
  if (GENERIC_SUPERLATIVE.test(c.text) || RANKED_TOPICS.test(c.text + c.after)) return true;
  // "The best choice is crates engineered to be lean", "the best option is to use a queue": advice on a kind of
  // thing ("The best choice is Quillpad" and "the best choice is our platform" rank a product).
  if (/^the\s+best\s+(?:choice|option|bet|solution)s?$/i.test(c.text) && ADVICE_AFTER.test(c.after))
    return true;
  // "The top network is trained ... The bottom network is not": a place in a figure, not a rank.
  if (/^the\s+top\s+[\p{L}-]+$/iu.test(c.text) && /\bbottom\b/i.test(c.sentence + c.next)) return true;
  // "Previous state of the art used batch norm", "the state-of-the-art models in this domain": the field described.
  if (
    STATE_OF_THE_ART.test(c.text) &&
    (/\b(?:previous|prior|former|earlier|then|past)\s+$/i.test(last(c.before, 20)) ||
      // "Batch Normalization is used in most state-of-the-art computer vision": a class of others' work.
      (/\b(?:most|many|all|almost\s+all|nearly\s+all)\s+$/i.test(last(c.before, 20)) &&
        !/^[\s-]*(?:[\p{L}-]+\s+)?(?:labs?|companies|teams|organi[sz]ations|enterprises|customers|startups)\b/iu.test(
          c.after,
        )) ||
      (/\bthe\s+$/i.test(last(c.before, 6)) && FIELD_AFTER.test(c.after)))
  )
    return true;
  // "developers prioritize choosing what they see as the best tool": a choice left to each, no tool ranked.
  if (JUDGED_BY_EACH.test(last(c.before, 50))) return true;
  // "we already have a world-class team of top engineers": praise of the author's own people, no rank to source.
  if (OWN_PEOPLE_BEFORE.test(last(c.before, 40)) && PEOPLE_AFTER.test(c.after)) return true;
  // "They've already selected the best model": the pick made for one case, not a rank among rivals; so are "the most
  // practical option here" and "perform the most meaningful work first" (the order of one's own tasks).
  if (
    CHOSEN_BEFORE.test(last(c.before, 30)) ||
    /\sfirst$/i.test(c.text) ||
    /^\s+(?:here|first)\W*$/i.test(c.after)
  )
    return true;
  // "in the 2010s, Evernote was one of the best note taking apps": history.
  if (WAS_BEFORE.test(last(c.before, 30)) && c.says(PAST_TIME)) return true;
  if (
    STATE_OF_THE_ART.test(c.text) &&
    (YEAR_BEFORE.test(last(c.before, 16)) ||
      YEAR_AFTER.test(c.after) ||
      MEASURED_AGAINST.test(last(c.before, 30)) ||
      FRONTIER_MOVED.test(last(c.before, 30)) ||
      FIELD_NOUN_AFTER.test(c.after))
  )
    return true;
  // "compared to state-of-the-art systems like vLLM": the rival, praised; "other state-of-the-art systems" is not.
  if (NAMED_RIVALS_AFTER.test(c.after) && !/\bother\s+$/i.test(c.before)) return true;
  // "the simplest index Milvus supports", "the best runtime for this specific query": ranked within one product or
  // one case, not against a field.
  if (SCOPED_RANK.test(following)) return true;
  if (
    SIZE_LIMIT_RANK.test(c.text + c.after.slice(0, 80)) ||
    (OWN_MEANS.test(c.text + c.after.slice(0, 40)) && !namedSubject(c.before, false))
  )
    return true;
  const owner = possessiveOwner(c.before);
  if (
    owner &&
    !/^the\b/i.test(c.text) &&
    !c.facts.ownNames.has(owner) &&
    !/^(?:world|industry|market|today)$/.test(owner)
  )
    return true;
  // "to implement even the most complex identity solutions": how hard a case it copes with, ranking nothing.
  if (/^the\s+(?:most|least)\s/i.test(c.text) && /\beven\s+$/i.test(last(c.before, 8))) return true;
  // "how one of the world's largest financial services companies navigated a migration": a firm the post is about,
  // described by its size, no product ranked ("we are one of the largest banks" still claims).
  if (
    FIRM_BY_SIZE.test(c.text) &&
    /\bone\s+of\s+$/i.test(last(c.before, 10)) &&
    !/\b(?:is|are|was|were|remains?|became|become)\s+(?:still\s+|now\s+)?one\s+of\s+$/i.test(
      last(c.before, 24),
    ) &&
    !/\b(?:we|we['’]re|our|us|I)\b/i.test(last(c.before, 40))
  )
    return true;
  // "To provide the best product for their customers, they are certified ...", "this tool to determine the most
  // suitable database for our users", "what differentiate the best apps": an aim, a search, or what sets apart the best of
  // a kind, no product ranked.
  if (PURPOSE_OR_KIND.test(last(c.before, 40))) return true;
  // "pick the best tools for their needs": best for the reader's own case, not a rank among rivals.
  if (FOR_OWN_NEEDS.test(c.after)) return true;
  // "one of the fastest open-source OLAP query | engines": the noun the span stopped before names the product.
  // (Past a bracketed aside, the words that name it: "the fastest (and the greatest) analytical database".)
  const aside = /^\s*\([^()]{0,40}\)/.exec(c.after);
  const noun = aside
    ? (/^(?:\s+[\p{L}-]+){1,3}/u.exec(c.after.slice(aside[0].length))?.[0] ?? '')
    : (/^\s*[\p{L}-]+/u.exec(c.after)?.[0] ?? '');
  return !LEADERSHIP.test(c.text) && !PRODUCT_WORDS.test(c.text + noun) && !namedSubject(c.before);
}

/**
 * Why: "Acme 4 is", "Our scheduler is", "Their API was" (and "It is", unless `pronouns` is false): the sentence's
 * subject.
 */
export function namedSubject(before: string, pronouns = true): boolean {
  const m =
    /(?:\p{Lu}[\p{L}\p{N}.-]*(?:\s+\d+(?:\.\d+)*)?|\b[Oo]ur\s+[\p{L}-]+|\b[Tt]heir\s+[\p{L}-]+)\s+(?:is|are|was|remains|has\s+become)\s+(?:also\s+|now\s+|simply\s+|still\s+)?$/u.exec(
      before,
    );
  return m !== null && (pronouns || !/^(?:It|This|That|They|These|Those|There|He|She|We|You)\b/.test(m[0]));
}
/**
 * Why: a comparison, or a rough or bounded figure, in words that name a measured column of the table beside it
 * (a table whose first header is "App type" reads as a spec table; a comparison reads either).
 */
export function readsTable(c: ClaimContext, t: TableInfo | null): boolean {
  return (
    (t?.kind === 'data' || (t?.kind === 'spec' && c.kind === 'comparative')) &&
    (c.kind === 'comparative' || (numeric(c) && (c.vague === true || c.hedge !== undefined))) &&
    namesTableColumn(c, t)
  );
}

/**
 * Why: "faster than stock Postgres on roughly half of them" under a table headed "query | duckdb | postgres": the
 * sentence names a measured column of the table it follows, so that table (right above, or below the paragraph that introduces it) is its
 * evidence.
 */
export function namesTableColumn(c: ClaimContext, t = c.tableAbove): boolean {
  if (!t) return false;
  const said = new Set(c.sentence.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);
  return t.header.some(
    (h, k) =>
      !t.labelColumns.has(k) && (h.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []).some((w) => said.has(w)),
  );
}

/**
 * Why: the lower-cased name whose possessive ends `before` ("LLVM's "), or undefined; the regex reads the last few
 * words only, and only when the text ends in "'s".
 */
export function possessiveOwner(before: string): string | undefined {
  const t = before.trimEnd();
  if (!t.endsWith("'s") && !t.endsWith('’s')) return undefined;
  return OTHERS_POSSESSIVE.exec(last(before, 60))?.[1]?.toLowerCase();
}

// "fish 4.0, containing 0% C++ and almost 100% pure Rust": a share of the project's code in a language (not
// "90% Python developers": people who use one).
const CODE_SHARE =
  /^\s*(?:pure\s+|native\s+)?(?:C\+\+|C#|C|Rust|Go|Python|JavaScript|TypeScript|Java|Kotlin|Swift|Ruby|Zig|Haskell|OCaml|Scala|Elixir|Erlang|PHP|Lua|Assembly|WebAssembly)(?![\p{L}\p{N}+#-])(?!\s+(?:developers?|users?|programmers?|engineers?|projects?|packages?|librar(?:y|ies)|jobs?|teams?|compan(?:y|ies)|shops?|repos?|repositor(?:y|ies)|adoption|usage|market)\b)/u;
/** Why: a fact of the project's own code or repository: its package size, pull requests, stars, languages. */
export function ownArtifact(c: ClaimContext): boolean {
  return (
    numeric(c) &&
    (c.says(OWN_ARTIFACT) ||
      (c.kind === 'number' && REPOSITORY_COUNT.test(countedNoun(c))) ||
      (c.kind === 'number' &&
        STAR_COUNT.test(countedNoun(c)) &&
        (c.blockKind === 'list-item' || c.says(WE_OUR))) ||
      (c.kind === 'percentage' && CODE_SHARE.test(c.after)) ||
      // "In 2022, the Databend repository:" over "- Got 2,000+ stars": the list counts the repository's stars.
      (c.kind === 'number' &&
        c.blockKind === 'list-item' &&
        /^\s*(?:stars|forks)\b/i.test(countedNoun(c)) &&
        /\b(?:repo|repository|GitHub)\b/i.test(c.intro))) &&
    !COMPARE_OTHERS.test(around(c))
  );
}

/**
 * Why: "Figure 3 and 4 show the normalized performance ... over vLLM. FlashInfer kernels in both settings outperform
 * vLLM kernels": a comparison in the paragraph that opens on the figures it reads.
 */
export function figureSaidBefore(c: ClaimContext): boolean {
  if (c.kind !== 'comparative') return false;
  const at = c.blockText.indexOf(c.sentence);
  if (at <= 0) return false;
  // The paragraph's first sentence, and the names the comparison sets against: the figures compare with that rival.
  const opening = c.blockText.slice(0, at).split(/(?<=[.!?])\s+/)[0]!;
  const rivals =
    `${c.text} ${c.after.slice(0, 30)}`.match(/(?<=\s)[\p{L}\p{N}-]*[\p{Lu}\p{N}][\p{L}\p{N}-]*/gu) ?? [];
  return FIGURE_REF.test(opening) && rivals.every((name) => opening.includes(name));
}
