import { useI18n } from '../i18n/i18n-context.js';

/** Where a setting comes from: the config file, the console, or a file value edited in the console. */
export function SourceBadge({ source }: { source: 'file' | 'console' | 'file+console' }) {
  const { t } = useI18n();
  const cls = source === 'console' ? 'accent' : source === 'file+console' ? 'info' : 'outline';
  return <span className={`badge ${cls}`}>{t(`source.${source}`)}</span>;
}
