// How a reviewer reads findCitations: the cited span as written, its kind, followability and evidence, and a short
// reference list the marker tests resolve against.
import type { Article } from '../../src/core/article';
import { findCitations } from '../../src/core/citations';
import { md } from './blocks';

/** Why: what a reviewer checks: the cited span as written, its kind, followability, and (part of) the evidence. */
export function projectCitations(a: Article) {
  return findCitations(a).map((c) => ({
    block: c.block,
    at: a.blocks[c.block]!.text.slice(c.start, c.end),
    kind: c.evidence.kind,
    followable: c.followable,
    text: c.evidence.text,
    href: c.evidence.href,
  }));
}

/** Why: a "Sources" list with one linked entry [1] and one entry [2] without a URL. */
export const REFS = [
  md('Sources', 'heading', { level: 2 }),
  md('[1] Harbor Analytics, "Cold storage outlook", 2022. [report](https://harbor-analytics.com/outlook)'),
  md('[2] Field notes from our pilot sites, 2023.'),
];
