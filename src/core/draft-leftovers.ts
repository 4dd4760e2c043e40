// Draft leftovers: text an author meant to replace before publishing ("TODO: add the Gartner stat", "Results TK.",
// "<NEED MORE INFO>", "[citation needed]", lorem ipsum). A reader who meets one knows nobody checked the post.

/** Why: each alternative is a shape drafts leave behind; linear patterns, bounded gaps. */
export const DRAFT_LEFTOVER = new RegExp(
  [
    // "<NEED MORE INFO>", "<INSERT STAT>", "[ADD QUOTE]": upper-case instructions in brackets
    String.raw`[<\[{]\s*(?:NEED|ADD|INSERT|TBD|TBC|TODO|FIXME|CHECK|VERIFY|CONFIRM|UPDATE|FILL|PLACEHOLDER|XXX)(?:\s+[A-Z0-9'’-]+){0,6}\s*[>\]}]`,
    // "[citation needed]", "[source?]", "[needs source]"
    String.raw`\[(?:citation|source|reference|stat|data)s?\s+(?:needed|required|missing|TBD)\]|\[(?:needs?\s+(?:a\s+)?(?:source|citation))\]|\[(?:source|citation)\?\]`,
    // "TODO: add ...", "FIXME - ...", "TK:" at the start of a sentence: the rest of the sentence is the note
    String.raw`(?:^|(?<=[.!?]\s))(?:TODO|FIXME|XXX|TBD|TK)\b\s*[:\-–—]\s*[^.!?\n]{0,160}[.!?]?`,
    // "Results TK.", "Quote TK": journalists' "to come"
    String.raw`\b[\p{L}-]+\s+TK\b\.?`,
    // lorem ipsum filler, up to the end of its sentence
    String.raw`\b[Ll]orem\s+ipsum\b[^.!?\n]{0,160}[.!?]?`,
  ].join('|'),
  'gu',
);
