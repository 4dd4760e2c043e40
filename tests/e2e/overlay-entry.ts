// Bundled by overlay.test.ts into the test page: the content script's fallback painter, driven by hand.
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { anchorPlan } from '../../src/content/anchor';
import { overlayPainter } from '../../src/content/overlay';
import { readPage } from '../../src/content/read';

let controller: AbortController | null = null;

/** Why: paints every occurrence of the given texts with the overlay back end; returns how many marks. */
export async function paint(texts: string[]): Promise<number> {
  const dom = await readPage(document, location.href);
  const plan = dom.article.blocks.flatMap((b, block) =>
    texts.flatMap((t) => {
      const start = b.text.indexOf(t);
      return start < 0
        ? []
        : [
            {
              ref: `${block}:${t}`,
              status: 'unsupported' as const,
              block,
              quote: { exact: t, prefix: '', suffix: '', start, end: start + t.length },
            },
          ];
    }),
  );
  const { marks } = await anchorPlan(plan, dom);
  controller = new AbortController();
  const painter = overlayPainter(controller.signal);
  await painter.paint(marks, DEFAULT_SETTINGS.colors);
  return marks.length;
}

/** Why: teardown, as turning highlights off does. */
export function stop(): void {
  controller?.abort();
}
