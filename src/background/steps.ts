// The keyboard's way through the highlights: the next-claim and previous-claim commands show the card of the next or
// previous highlighted item in the page and put focus in it (src/content/tooltip.ts walks the marks).
import { callContent } from '../shared/messages';
import { getState } from './tab-store';
import { setHighlights } from './tabs';

/** Why: the commands' names in manifest.json, each with its direction through the page. */
export const STEP_COMMANDS: ReadonlyMap<string, 1 | -1> = new Map([
  ['next-claim', 1],
  ['previous-claim', -1],
]);

/** Why: a step needs highlights; on a page without them the command turns them on (and checks the page) first. */
export async function stepMarks(tabId: number, by: 1 | -1): Promise<boolean> {
  let state = await getState(tabId);
  if (!(state.status === 'ready' && state.source === 'page' && state.highlights))
    state = await setHighlights(tabId, true);
  if (state.status !== 'ready' || !state.highlights) return false;
  try {
    return await callContent(tabId, 'content:step', { by });
  } catch {
    return false;
  }
}
