// Every state that is not a report gets words: loading, no article, a page extensions cannot touch, errors.
import { t, type MessageKey } from '../shared/i18n';
import type { TabState } from '../shared/tab-state';

const TITLES: Record<string, MessageKey> = {
  idle: 'stateIdle',
  loading: 'stateLoading',
  'no-article': 'stateNoArticle',
  restricted: 'stateRestricted',
  unsupported: 'stateUnsupported',
  'no-access': 'stateNoAccess',
  error: 'stateError',
};

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
        <strong>{t('stateError')}</strong>
        {error}
        <div>
          <button class="btn" onClick={onRetry}>
            {t('tryAgain')}
          </button>
        </div>
      </div>
    );
  }
  if (!state || state.status === 'loading') {
    return (
      <div class="state" role="status" aria-live="polite">
        <div class="spinner" aria-hidden="true" />
        <strong>{t('stateLoading')}</strong>
        {t('stateLoadingDetail')}
      </div>
    );
  }
  const title = t(TITLES[state.status] ?? 'stateError');
  // A page's text that is not prose, or an empty selection, says why; "no article found" is the title already.
  const why = state.error && state.error !== t('noArticleFound') ? state.error : t('stateNoText');
  const text =
    state.status === 'idle'
      ? t('stateIdleDetail')
      : state.status === 'no-article'
        ? t('stateNoArticleDetail', why)
        : (state.error ?? '');
  const canRetry = state.status === 'error' || state.status === 'no-article' || state.status === 'idle';
  return (
    <div class="state" role={state.status === 'error' ? 'alert' : 'status'}>
      <strong>{title}</strong>
      {text}
      {canRetry && (
        <div>
          <button class="btn" onClick={onRetry}>
            {t('checkAgain')}
          </button>
        </div>
      )}
    </div>
  );
}
