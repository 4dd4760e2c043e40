// Every state that is not a report gets words: loading, no article, a page extensions cannot touch, errors.
import type { TabState } from '../shared/tab-state';

const TITLES: Record<string, string> = {
  idle: 'Not checked yet',
  loading: 'Checking this page…',
  'no-article': 'No article found on this page',
  restricted: "This page can't be checked",
  unsupported: "This page can't be checked yet",
  'no-access': 'ClaimLens has no access to this page',
  error: 'Something went wrong',
};

// The background's words when a page's text is not prose (random bytes, base64, minified code).
const NOT_PROSE = /^Not an article: /;

/** Why: silence is the worst answer; each state says what happened and what the reader can do. */
export function StateMessage({
  state,
  error,
  onRetry,
}: {
  state: TabState | null;
  error: string | null;
  onRetry(): void;
}) {
  if (error) {
    return (
      <div class="state" role="alert">
        <strong>Something went wrong</strong>
        {error}
        <div>
          <button class="btn" onClick={onRetry}>
            Try again
          </button>
        </div>
      </div>
    );
  }
  if (!state || state.status === 'loading') {
    return (
      <div class="state" role="status" aria-live="polite">
        <div class="spinner" aria-hidden="true" />
        <strong>{TITLES.loading}</strong>
        Reading the article and judging its claims.
      </div>
    );
  }
  const title = TITLES[state.status] ?? TITLES.error;
  const text =
    state.status === 'idle'
      ? 'Click the ClaimLens toolbar button on the page to check it.'
      : state.status === 'no-article'
        ? `ClaimLens checks articles: blog posts, documentation, press releases. ${NOT_PROSE.test(state.error ?? '') ? state.error : 'This page has no text to check.'}`
        : (state.error ?? '');
  const canRetry = state.status === 'error' || state.status === 'no-article' || state.status === 'idle';
  return (
    <div class="state" role={state.status === 'error' ? 'alert' : 'status'}>
      <strong>{title}</strong>
      {text}
      {canRetry && (
        <div>
          <button class="btn" onClick={onRetry}>
            Check again
          </button>
        </div>
      )}
    </div>
  );
}
