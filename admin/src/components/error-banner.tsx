import { ApiError } from '../lib/api.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Icon } from './icon.js';

/** An API failure, with every config issue and its path when the server sent them. */
export function ErrorBanner({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const e = error as Error;
  const issues = error instanceof ApiError ? error.issues : [];
  return (
    <div className="banner bad" role="alert">
      <Icon name="alert" />
      <div className="stack tight" style={{ flex: 1 }}>
        <span>{e?.message || t('common.error')}</span>
        {issues.length > 1 && (
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {issues.map((i) => (
              <li key={`${i.path}:${i.message}`}>
                <code>{i.path}</code> {i.message}
              </li>
            ))}
          </ul>
        )}
      </div>
      {onRetry && (
        <button type="button" className="btn sm" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
