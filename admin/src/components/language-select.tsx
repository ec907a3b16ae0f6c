import { type Lang, useI18n } from '../i18n/i18n-context.js';
import { Icon } from './icon.js';

/** English / 简体中文 switch (remembered). */
export function LanguageSelect() {
  const { lang, setLang, t } = useI18n();
  return (
    <label className="row" style={{ gap: 6, flexWrap: 'nowrap' }}>
      <Icon name="globe" className="faint" />
      <span className="sr-only">{t('shell.language')}</span>
      <select value={lang} onChange={(e) => setLang(e.target.value as Lang)} style={{ width: 'auto', minHeight: 30, paddingBlock: 2 }} data-testid="language-select">
        <option value="en">English</option>
        <option value="zh-CN">简体中文</option>
      </select>
    </label>
  );
}
