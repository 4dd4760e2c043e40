// Draft leftovers: text an author meant to replace before publishing ("TODO: add the Gartner stat", "Results TK.",
// "<NEED MORE INFO>", "[citation needed]", lorem ipsum). A reader who meets one knows nobody checked the post.

/** Why: each alternative is a shape drafts leave behind; linear patterns, bounded gaps. */
export const DRAFT_LEFTOVER = new RegExp(
  [
    // "<NEED MORE INFO>", "<INSERT STAT>", "[ADD QUOTE]": upper-case instructions in brackets
    String.raw`[<\[{]\s*(?:NEED|ADD|INSERT|TBD|TBC|TODO|FIXME|CHECK|VERIFY|CONFIRM|UPDATE|FILL|PLACEHOLDER|XXX)(?:\s+[A-Z0-9'’-]+){0,6}\s*[>\]}]`,
    // "(todo: link)", "[TBD]", "(fixme: add the source)": a note to self in brackets, in any case
    String.raw`[(\[]\s*(?:[Tt][Oo][Dd][Oo]|[Tt][Bb][Dd]|[Ff][Ii][Xx][Mm][Ee])\b[^)\]\n]{0,40}[)\]]`,
    // "Benchmark: placeholder text, should link to Matteo's article.": the draft says what belongs there
    String.raw`\b[Pp]laceholder\s+(?:text|copy|link|image)\s*[,:;–—-]\s*(?:should|needs?\s+to|to\s+be|replace|link|add|insert)\b[^.!?\n]{0,120}[.!?]?`,
    // "[citation needed]", "[source?]", "[needs source]"
    String.raw`\[(?:citation|source|reference|stat|data)s?\s+(?:needed|required|missing|TBD)\]|\[(?:needs?\s+(?:a\s+)?(?:source|citation))\]|\[(?:source|citation)\?\]`,
    // "TODO: add ...", "FIXME - ...", "TK:" at the start of a sentence: the rest of the sentence is the note
    String.raw`(?:^|(?<=[.!?]\s))(?:TODO|FIXME|XXX|TBD|TK)\b\s*[:\-–—]\s*[^.!?\n]{0,160}[.!?]?`,
    // "Results TK.", "Quote TK": journalists' "to come"
    String.raw`\b[\p{L}-]+\s+TK\b\.?`,
    // lorem ipsum filler, up to the end of its sentence (not "the entire “lorem ipsum” text" or "The lorem ipsum":
    // a mention of it; quoted filler, “Lorem ipsum dolor sit amet”, is filler)
    String.raw`(?<!\b(?:[Tt]he|[Ee]ntire|[Ww]hole|[Ss]ome|[Oo]f|[Ww]ith)\s+[“"‘']?)\b[Ll]orem\s+ipsum\b(?![”"’'»])[^.!?\n]{0,160}[.!?]?`,
  ].join('|'),
  'gu',
);
