import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { Icon } from './icon.js';

/** Copies text to the clipboard and says so. */
export function CopyButton({ text, label, className = 'btn sm' }: { text: string; label?: string; className?: string }) {
  const { t } = useI18n();
  const [done, setDone] = useState(false);
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const area = document.createElement('textarea');
      area.value = text;
      document.body.append(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    setDone(true);
    setTimeout(() => setDone(false), 1600);
  };
  return (
    <button type="button" className={className} onClick={() => void copy()}>
      <Icon name={done ? 'check' : 'copy'} />
      {done ? t('common.copied') : (label ?? t('common.copy'))}
    </button>
  );
}
