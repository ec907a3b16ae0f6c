import { useI18n } from '../i18n/i18n-context.js';
import type { ThemeChoice } from '../hooks/use-theme.js';

/** Light / dark / system theme switch (remembered). */
export function ThemeSelect({ value, onChange }: { value: ThemeChoice; onChange(t: ThemeChoice): void }) {
  const { t } = useI18n();
  return (
    <div className="segmented" role="group" aria-label={t('shell.theme')}>
      {(['light', 'dark', 'system'] as const).map((c) => (
        <button key={c} type="button" aria-pressed={value === c} onClick={() => onChange(c)}>
          {t(`shell.theme.${c}`)}
        </button>
      ))}
    </div>
  );
}
