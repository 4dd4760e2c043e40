// Link health: every http(s) link of the article, HEAD then GET, redirects reported, soft 404s caught.
import type { LinkRef } from '../../core/report';
import { linkHealth, randomToken } from '../link-health';
import type { Verifier } from '../verifier';
import { CHECK_HOSTS } from '../../shared/check-hosts';

const checkable = (l: LinkRef): boolean =>
  l.status === 'unchecked' && !!l.href && /^https?:\/\//i.test(l.href);

/** Why: a source that 404s, or now lands on a home page, supports nothing; asks each linked host for its URL only. */
export const linksVerifier: Verifier = {
  id: 'links',
  description:
    'Requests each link of the article (HEAD, then GET if refused) to see whether it still leads anywhere.',
  items: ['links'],
  hosts: CHECK_HOSTS.links,
  wants: (report) => report.links.some(checkable),
  async run(report, ctx) {
    const token = randomToken();
    const verdicts = new Map<string, ReturnType<typeof linkHealth>>();
    const links: Record<string, Partial<LinkRef>> = {};
    await Promise.all(
      report.links.filter(checkable).map(async (l) => {
        const href = l.href!;
        let verdict = verdicts.get(href);
        if (!verdict) verdicts.set(href, (verdict = linkHealth(href, ctx.pages, token)));
        const { status, reason, finalUrl } = await verdict.catch(() => ({
          status: 'unknown' as const,
          reason: 'check failed',
          finalUrl: undefined,
        }));
        links[l.id] = { status, reason, ...(finalUrl && { finalUrl }) };
      }),
    );
    return { links };
  },
};
