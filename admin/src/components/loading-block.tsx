import { useI18n } from '../i18n/i18n-context.js';

/** Placeholder lines while data loads (announced once to screen readers). */
export function LoadingBlock({ lines = 3 }: { lines?: number }) {
  const { t } = useI18n();
  return (
    <div className="stack tight" aria-busy="true" style={{ padding: 18 }}>
      <span className="sr-only">{t('common.loading')}</span>
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} className="skeleton" style={{ width: `${90 - i * 17}%` }} />
      ))}
    </div>
  );
}
