import { type FormEvent, useState } from 'react';
import { BrandMark } from '../components/brand-mark.js';
import { Field } from '../components/field.js';
import { Icon } from '../components/icon.js';
import { LanguageSelect } from '../components/language-select.js';
import { useI18n } from '../i18n/i18n-context.js';
import { api } from '../lib/api.js';
import type { Session } from '../lib/types.js';

/** Sign-in with the admin key (session cookie: HttpOnly, SameSite=Strict). */
export function LoginPage({ session, onLogin }: { session: Session; onLogin(s: Session): void }) {
  const { t } = useI18n();
  const [key, setKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const remoteOpen = !session.auth_required;

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!key.trim()) {
      setError(t('login.key'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      onLogin(await api.post<Session>('/login', { key: key.trim() }));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="login">
      <main className="card login-card">
        <div className="brand">
          <BrandMark className="brand-mark" />
          <div>
            <div className="brand-name">stable-llm</div>
            <div className="brand-sub">{t('app.tagline')}</div>
          </div>
        </div>
        <h1>{t('login.title')}</h1>
        {remoteOpen ? (
          <div className="banner warn" role="alert">
            <Icon name="alert" />
            <span>{t('login.remote')}</span>
          </div>
        ) : (
          <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
            <Field label={t('login.key')} hint={t('login.keyHint')} error={error}>
              <input type="password" autoComplete="current-password" value={key} onChange={(e) => setKey(e.target.value)} autoFocus name="admin-key" />
            </Field>
            <button type="submit" className="btn primary" disabled={busy}>
              {busy && <span className="spinner" aria-hidden="true" />}
              {busy ? t('login.submitting') : t('login.submit')}
            </button>
          </form>
        )}
        <div className="login-foot">
          <LanguageSelect />
          <span className="faint">v{session.version}</span>
        </div>
      </main>
    </div>
  );
}
