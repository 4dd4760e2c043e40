// Fallback where the CSS Custom Highlight API is missing: boxes laid over the text of the marks near the viewport,
// in a closed shadow root the page's CSS cannot reach. The page's own nodes are never touched.
import type { Settings } from '../shared/settings';
import { NearViewport } from './near-viewport';
import { reducedMotion, rgbOf, type Painter } from './paint';
import { rectsOf } from './measure';

const MAX_BOXES = 4000;

/** Why: the same Painter contract, drawn with positioned boxes. */
export function overlayPainter(signal: AbortSignal): Painter {
  const host = document.createElement('div');
  host.style.cssText =
    'all: initial !important; position: absolute !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; pointer-events: none !important; z-index: 2147483646 !important;';
  const root = host.attachShadow({ mode: 'closed' });
  const layer = document.createElement('div');
  root.append(layer);
  document.documentElement.append(host);
  let colors: Settings['colors'] | null = null;
  let frame = 0;

  const draw = (): void => {
    frame = 0;
    if (!colors) return;
    const boxes: HTMLElement[] = [];
    for (const m of near.marks()) {
      const rgb = rgbOf(colors[m.status]);
      for (const rect of rectsOf(m)) {
        if (boxes.length >= MAX_BOXES) break;
        const box = document.createElement('div');
        box.style.cssText = `position:absolute;left:${rect.left + scrollX}px;top:${rect.top + scrollY}px;width:${rect.width}px;height:${rect.height}px;background:rgb(${rgb} / 0.28);border-bottom:2px solid rgb(${rgb});pointer-events:none;`;
        boxes.push(box);
      }
    }
    layer.replaceChildren(...boxes);
  };
  const schedule = (): void => {
    if (!frame) frame = requestAnimationFrame(draw);
  };
  const near = new NearViewport(schedule, signal);
  addEventListener('resize', schedule, { signal, passive: true });
  const resize = new ResizeObserver(schedule);
  resize.observe(document.documentElement);
  signal.addEventListener(
    'abort',
    () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      host.remove();
    },
    { once: true },
  );
  return {
    async prepare(c) {
      colors = c;
    },
    async paint(marks, c) {
      colors = c;
      await near.track(marks);
      schedule();
    },
    flash(range) {
      const rects = rectsOf({ range });
      const boxes = rects.map((rect) => {
        const box = document.createElement('div');
        box.style.cssText = `position:absolute;left:${rect.left + scrollX}px;top:${rect.top + scrollY}px;width:${rect.width}px;height:${rect.height}px;background:rgb(255 200 0 / 0.9);mix-blend-mode:multiply;pointer-events:none;`;
        return box;
      });
      layer.append(...boxes);
      setTimeout(() => boxes.forEach((b) => b.remove()), reducedMotion() ? 600 : 1600);
    },
    near: () => near.marks(),
  };
}
