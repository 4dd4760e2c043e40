// QUIET, second band: how the author frames a statement before testing or refuting it. A belief the next sentence
// calls wrong ("many believe X. However, ..."), a hypothesis the post goes on to test ("... Let's test this."), and
// a memory offered with "I don't have data for this, but" are set up, not asserted; so are what the author once
// assumed, a world the author pictures, a claim the author declines to make and what would have been.
import type { ClaimContext } from './context';
import { last, type Signal } from './signal';

// "many believe", "some people think", "it is commonly assumed": a belief, not a fact.
const BELIEF = /\b(?:believe[sd]?|think|thinks|thought|assumes?|assumed|assumption|misconception|myth)\b/i;
// "However, this is not true at all.", "While their role is undeniably important, it's worth noting that a
// substantial part ... is actually managed by ...": the belief set up to be corrected.
const CORRECTED =
  /^\W*(?:however|but|in\s+(?:reality|fact|practice)|actually|that['’]s\s+not|this\s+is\s+not|not\s+so)\b|\b(?:is\s+actually|are\s+actually|isn['’]t\s+true|not\s+true|not\s+the\s+case|a\s+myth|mistaken)\b/i;
// "Loved languages are more often used in new green-field projects. Let's test this.": what the post checks next.
const TESTED_NEXT =
  /^\W*(?:let['’]?s|let\s+us)\s+(?:test|check|verify|see\s+(?:if|whether)|find\s+out)\b|^\W*(?:to\s+test\s+(?:this|that|it)|is\s+(?:this|that|it)\s+(?:true|so))\b/i;
// "My hypothesis was that the payload waited in the client's kernel for about 40ms ...": a guess, stated as one.
const HYPOTHESIS_OPEN =
  /^\W*(?:my|our)\s+(?:hypothesis|guess|theory|hunch|suspicion)\s+(?:was|is)\s+that\b|^\W*(?:I|we)\s+(?:suspected|guessed|hypothesi[sz]ed)\s+that\b/i;
// "I don't have data for this, but I distinctly remember ...": what the writer owns up to as memory, not evidence.
const NO_DATA =
  /^\W*(?:I|we)\s+(?:don['’]t|do\s+not|didn['’]t|did\s+not)\s+have\s+(?:any\s+|hard\s+|good\s+)?(?:data|numbers|evidence|proof|figures)\b|^\W*(?:I|we)\s+have\s+no\s+(?:hard\s+)?(?:data|numbers|evidence|proof)\b/i;

// "This is mainly due to our original assumption that model execution would be much slower than the CPU parts": what
// the author once assumed, not what they found.
const ASSUMED_THAT =
  /\b(?:(?:our|my|the|an?)\s+(?:(?:original|initial|early|naive|old)\s+)?(?:assumption|expectation|belief|intuition)|(?:we|I)\s+(?:had\s+)?(?:originally\s+|initially\s+|first\s+)?(?:assumed|expected|believed))\s+that\s+(?:(?!,\s*(?:but|yet|however|and|so)\b)[^.;:])*$/i;
// "The main restriction to an agent world with millions of apps is ...", "a future where billions of devices ...",
// "imagine a world with ...": a world the author pictures. ("In a world where 90% of companies run on the cloud" and
// "we live in a world with billions of devices" describe this one.)
const IMAGINED_WORLD =
  /\b(?:imagine\s+an?\s+(?:[\w-]+\s+){0,2}?world|an?\s+(?!(?:real|modern|today['’]s)\b)[\w-]+\s+(?:[\w-]+\s+)?world|an?\s+(?:[\w-]+\s+)?future)\s+(?:with|of|where|in\s+which)\s+(?:[\w-]+\s+){0,3}$/i;

// "I am not going to run a tiny snippet of bytecode in a loop and call it faster than the previous interpreter": a
// claim the author declines to make.
const DECLINED =
  /\b(?:not\s+going\s+to|won['’]t|will\s+not|wouldn['’]t|would\s+not|refuse\s+to)\b[^.;!?]{0,100}?\b(?:call|claim|declare)\s+(?:that\s+)?(?:it|this|that|they)\s+(?:is\s+|was\s+)?$/i;
// "The easiest choice would have been to run an in-place upgrade": what would have been, not what is.
const WOULD_HAVE_BEEN = /^\s+would\s+have\s+been\b/i;

// "As organizations increasingly adopt machine learning models from various sources, ensuring their security has
// become critical": the backdrop an opening "As ..." clause sets for what the sentence goes on to say.
const AS_BACKDROP = /^\W*As\s+(?:\p{Ll}[\p{L}-]*\s+){1,4}$/u;
// "DevOps heavier than “run a script”": a phrase in quotes, a figure of speech, nothing measured.
const THAN_QUOTED_PHRASE = /^\s*["“‘]\p{Ll}[^"”’\s]*\s[^"”’]{0,80}["”’]/u;

const believedThenCorrected = (c: ClaimContext): boolean =>
  (c.kind === 'weasel' || c.kind === 'generalization') &&
  BELIEF.test(`${c.text} ${c.after.slice(0, 30)}`) &&
  CORRECTED.test(c.next);

/** Why: a claim the author sets up to refute or to test, or offers as memory without data, is not asserted. */
export const QUIET_FRAMING: readonly Signal[] = [
  {
    id: 'belief-corrected',
    reason: 'a belief the next sentence corrects, set up to be refuted',
    worth: 'none',
    test: believedThenCorrected,
  },
  {
    id: 'hypothesis-tested',
    reason: 'a hypothesis the post tests next',
    worth: 'none',
    test: (c) => (!/\d/.test(c.text) && TESTED_NEXT.test(c.next)) || HYPOTHESIS_OPEN.test(c.sentence),
  },
  {
    id: 'assumed',
    reason: 'what the author once assumed, not a finding',
    worth: 'none',
    // (Not a new clause after it: ", and yet Quillpad is much faster than Lintly".)
    test: (c) => ASSUMED_THAT.test(last(c.before, 120)),
  },
  {
    id: 'declined',
    reason: 'a claim the author declines to make',
    worth: 'none',
    test: (c) => DECLINED.test(last(c.before, 140)),
  },
  {
    id: 'would-have-been',
    reason: 'what would have been, not what is',
    worth: 'none',
    test: (c) => c.kind === 'superlative' && WOULD_HAVE_BEEN.test(c.after),
  },
  {
    id: 'imagined-world',
    reason: 'a world the author pictures, not one measured',
    worth: 'none',
    test: (c) => IMAGINED_WORLD.test(last(c.before, 60)),
  },
  {
    id: 'as-backdrop',
    reason: 'the backdrop an opening clause sets, not what the sentence claims',
    worth: 'none',
    // (The clause names nobody: "As banks increasingly choose Quillbase over Oracle, ..." claims.)
    test: (c) =>
      c.kind === 'generalization' &&
      AS_BACKDROP.test(c.before) &&
      /^[^.;!?,]*,\s/.test(c.after) &&
      !/\p{Lu}/u.test(c.after.split(',')[0]!),
  },
  {
    id: 'than-quoted-phrase',
    reason: 'compared with a phrase in quotes, a figure of speech',
    worth: 'none',
    test: (c) => c.kind === 'comparative' && /\bthan$/i.test(c.text) && THAN_QUOTED_PHRASE.test(c.after),
  },
  {
    id: 'no-data-opinion',
    reason: 'offered as memory, the writer saying there is no data for it',
    worth: 'none',
    test: (c) => NO_DATA.test(c.sentence),
  },
];
