// The patterns the per-article passes of context.ts look for: where a worked example opens, a quote is signed, a
// change is linked, a figure is captioned.

/**
 * Why: "Imagine a typical Gatsby site. It has 100 pages ...", "Let's assume each operation takes one second": a
 * paragraph that opens a worked example with figures of its own; the section's next paragraphs work it through.
 */
export const SUPPOSITION_OPENS =
  /^\W*(?:imagine|suppose|let['’]?s\s+(?:say|assume|imagine|suppose|pretend|play\s+a\s+game)|what\s+if\b|say\s+(?:you|we)\b|consider\s+(?:a|an)\b|picture\s+(?:a|an|this)\b|assume\b|assumptions?\s*:|(?:example\s+)?scenario\s*:|as\s+an\s+example\b|for\s+(?:example|instance),?\s+(?:imagine|suppose|say|consider|take|let['’]?s)\b)/i;
/** Why: a paragraph that says it works figures out roughly, for the example's sake ("Here's some napkin math"). */
export const WORKED_MATH =
  /\b(?:napkin|back[- ]of[- ](?:the[- ])?(?:envelope|napkin)|quick|rough|simple)\s+(?:math|maths|arithmetic|calculations?)\b/i;
/**
 * Why: a quote that ends with its speaker: "-- Jeff Gnatek, Head of engineering", "— Ana Ruiz, CTO at Kelp". (a name
 * and a role after a comma: "— Verizon DBIR, 2023" cites a report, it signs nothing)
 */
export const SIGNED =
  /(?:^|\s)(?:--|—|–|―)\s*[_*]{0,2}\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}[_*]{0,2}\s*,\s*[_*]{0,2}\p{L}[^\n]{0,100}$/u;
/** Why: "Above is an example stack trace": a paragraph that shows an example output. */
export const EXAMPLE_SHOWN =
  /^\W*(?:above|below|here)\s+(?:is|are)\s+(?:an?\s+|some\s+)?(?:\w+\s+)?examples?\s+(?:of\s+(?:an?\s+|the\s+)?)?(?:[\w-]+\s+)?(?:stack\s+traces?|profiles?|profiler\s+output|outputs?|logs?|flame\s?graphs?|(?:query\s+)?plans?|traces?|dumps?)\b/i;
/** Why: "According to the Leroy Merlin manager, the true revolution was:" over a quote: whose words follow. */
export const QUOTE_LEAD =
  /(?:\b[Aa]ccording\s+to\s+|\p{Lu}[\p{L}'’-]+,?\s+(?:said|says|explains?|explained|puts\s+it|told\s+(?:us|me)|recalls?|recalled)\b|\b(?:said|says|explains|explained)\s+\p{Lu})[^.!?]{0,200}:\s*$/u;
/** Why: a blockquote that is only a signature ("— Ana Ruiz, CTO at Kelp"). */
export const SIGNATURE_ALONE = /^\s*(?:--|—|–|―)/;
/** Why: a supposition inside a paragraph, before the claim's sentence. */
export const SUPPOSES =
  /\b(?:assume|suppose|let['’]?s\s+(?:say|assume|imagine|suppose)|imagine\s+(?:a|an|you|your|that)|say\s+you)\b|(?:^|[.!?:]\s+)[Ss]ay\s+(?:\d|one|a\s|an\s)/i;
/** Why: "the timings below were taken on my laptop": where the post's own timings were measured. */
export const TIMINGS_TAKEN_ON =
  /\b(?:timings|times|numbers|measurements|benchmarks|results|figures)\s+(?:below|in\s+this\s+(?:post|article))\s+(?:were|are)\s+(?:all\s+)?(?:taken|measured|run|collected|recorded)\s+(?:on|with|using)\s+(?:my|our|a|an|one)\b|\bthe\s+(?:machine|computer|laptop|hardware)\s+(?:I|we)(?:\s+(?:am|are|was|were))?\s+(?:using|used|ran\s+(?:them|these|it|everything)\s+on)(?:\s+(?:for|in)\s+(?:the\s+|my\s+|our\s+|these\s+|this\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:is|was)\b|\b(?:I|we)\s+ran\s+(?:all\s+)?(?:the\s+|these\s+|my\s+|our\s+)?(?:benchmarks|tests|experiments|measurements)\s+on\s+(?:my|our|a|an)\b/i;
/** Why: a link to the record of a change: a pull or merge request, a commit, a bug or a code review. */
export const CHANGE_RECORD =
  /\/pull\/\d|\/merge_requests\/\d|\/commit\/[0-9a-f]{7}|\/show_bug\.cgi|\bbugzilla\.|\bcrbug\.com\/|\bbugs\.[\w.]+\/\d|\breviews\.llvm\.org\/D\d|\bphabricator\.|\/\+\/\d+|\bgo-review\.|\bcodereview\./i;
/** Why: link words that say they are the change ("landed a patch", "this pull request"). */
export const NAMES_A_CHANGE = /\b(?:patch(?:es)?|pull\s+requests?|PRs?|commits?|fix(?:es)?|changes?)\b/i;
/** Why: a figure's numbered caption ("Figure 3: ..."). */
export const FIGURE_CAPTION = /^[\W_]*(?:figure|fig\.|chart|graph|plot|diagram)\s*\d+[a-z]?[*_]*\s*[:.—–-]/i;
