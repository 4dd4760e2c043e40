// Does the source say it? For each linked claim with a number, the linked page (HTML, plain text, or a PDF where its
// text is cheap to read) is fetched, its main text extracted, and the matcher looks for the claim's number there.
import type { Claim } from '../../core/report';
import type { SourceCheck } from '../../core/report-verify';
import { htmlToText } from '../html-text';
import type { PageAnswer } from '../page-fetch';
import { pdfText } from '../pdf-text';
import type { Verifier, VerifyContext } from '../verifier';
import { CHECK_HOSTS } from '../../shared/check-hosts';
import { FIGURE_KINDS } from '../../core/vocabulary';

const MAX_CLAIMS = 40;
const MIN_TEXT = 200;
const PAYWALL =
  /\b(?:subscribe (?:now )?to (?:continue|read)|subscribers only|sign in to (?:continue|read)|log in to (?:continue|read)|create a free account|paywall|already a subscriber)\b/i;

/** Why: the page a linked claim stands on: its first web link (the one a reader would follow). */
export function sourceUrl(c: Claim): string | null {
  if (c.support !== 'linked' || !FIGURE_KINDS.has(c.kind) || c.value === undefined) return null;
  const link = c.evidence.find((e) => e.kind === 'link' && e.href && /^https?:\/\//i.test(e.href));
  return link?.href ?? null;
}

type Read = { text: string } | { unverifiable: string };

// The page's readable text, or why it cannot be read; only the linked URL (and its redirects) is requested.
async function read(ctx: VerifyContext, url: string): Promise<Read> {
  const a: PageAnswer = await ctx.pages.get(url);
  if (a.kind !== 'response') return { unverifiable: a.reason };
  if (a.status < 200 || a.status >= 300) return { unverifiable: `the source answered HTTP ${a.status}` };
  const type = (a.headers.get('content-type') ?? '').toLowerCase();
  const isPdf = type.includes('pdf') || a.body.startsWith('%PDF-');
  let text: string;
  if (isPdf) {
    if (a.truncated) return { unverifiable: 'the PDF is too large to read here' };
    text = a.bytes ? await pdfText(a.bytes) : '';
    if (text.length < MIN_TEXT)
      return { unverifiable: 'the PDF’s text could not be read (scanned, or an unusual font encoding)' };
    return { text };
  }
  if (/html|xml/.test(type) || (!type && /^\s*</.test(a.body)))
    text = ctx.tools.pageText ? ctx.tools.pageText(a.body, a.url) : htmlToText(a.body);
  else if (type.startsWith('text/')) text = a.body;
  else return { unverifiable: `the source is not a page ClaimLens reads (${type || 'no content type'})` };
  if (text.replace(/\s+/g, ' ').length < MIN_TEXT)
    return { unverifiable: 'the source has almost no text without scripts or a login' };
  return { text };
}

/** Why: a link is only evidence if the page says what the claim says; requests each linked URL only (nothing of the
 *  article is sent), and its verdict is a finding below an unsupported claim's severity. */
export const sourceMentionsVerifier: Verifier = {
  id: 'source-mentions',
  description: 'Reads the page a linked claim links to and looks for the claim’s number near its key words.',
  items: ['claims'],
  hosts: CHECK_HOSTS['source-mentions'],
  wants: (report) => report.claims.some((c) => sourceUrl(c) !== null),
  async run(report, ctx) {
    const match = ctx.tools.matchSource;
    if (!match) return {};
    const pages = new Map<string, Promise<Read>>();
    const claims: Record<string, Partial<Claim>> = {};
    const todo = report.claims.filter((c) => sourceUrl(c) !== null).slice(0, MAX_CLAIMS);
    await Promise.all(
      todo.map(async (c) => {
        const url = sourceUrl(c)!;
        let page = pages.get(url);
        if (!page)
          pages.set(
            url,
            (page = read(ctx, url).catch(() => ({ unverifiable: 'the source could not be read' }))),
          );
        const got = await page;
        let source: SourceCheck;
        if ('unverifiable' in got) source = { status: 'unverifiable', url, reason: got.unverifiable };
        else {
          const m = match(c, got.text);
          source =
            m.status === 'not-stated' && got.text.length < 3000 && PAYWALL.test(got.text)
              ? { status: 'unverifiable', url, reason: 'the source looks like a paywall or a login page' }
              : { ...m, url };
        }
        claims[c.id] = { source };
      }),
    );
    return { claims };
  },
};
