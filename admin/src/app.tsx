import { useCallback, useEffect, useState } from 'react';
import { AppShell } from './components/app-shell.js';
import { ErrorBanner } from './components/error-banner.js';
import { useTheme } from './hooks/use-theme.js';
import { useI18n } from './i18n/i18n-context.js';
import { api } from './lib/api.js';
import { type Page, usePage } from './lib/router.js';
import type { Session } from './lib/types.js';
import { DashboardPage } from './pages/dashboard-page.js';
import { KeysPage } from './pages/keys-page.js';
import { LoginPage } from './pages/login-page.js';
import { LogsPage } from './pages/logs-page.js';
import { ModelsPage } from './pages/models-page.js';
import { PlaygroundPage } from './pages/playground-page.js';
import { ProvidersPage } from './pages/providers-page.js';
import { SettingsPage } from './pages/settings-page.js';

/** Session bootstrap, then the login page or the console with the current page. */
export function App() {
  const { t } = useI18n();
  const page = usePage();
  const [theme, setTheme] = useTheme();
  const [session, setSession] = useState<Session | null>(null);
  const [error, setError] = useState<unknown>(null);

  const adopt = useCallback((s: Session) => {
    api.csrf = s.csrf_token;
    setSession(s);
  }, []);

  const refresh = useCallback(async () => {
    try {
      adopt(await api.get<Session>('/session'));
      setError(null);
    } catch (err) {
      setError(err);
    }
  }, [adopt]);

  useEffect(() => {
    void refresh();
    return api.onUnauthorized(() => setSession((s) => (s ? { ...s, authenticated: false, csrf_token: null } : s)));
  }, [refresh]);

  const logout = async (): Promise<void> => {
    await api.post('/logout').catch(() => undefined);
    await refresh();
  };

  if (!session) {
    return <div className="login">{error ? <ErrorBanner error={error} onRetry={() => void refresh()} /> : <span className="spinner" aria-label={t('common.loading')} />}</div>;
  }
  if (!session.authenticated) return <LoginPage session={session} onLogin={adopt} />;

  const titles: Record<Page, string> = {
    dashboard: t('dash.title'),
    providers: t('prov.title'),
    models: t('models.title'),
    playground: t('pg.title'),
    logs: t('logs.title'),
    keys: t('keys.title'),
    settings: t('settings.title'),
  };
  return (
    <AppShell page={page} title={titles[page]} session={session} onLogout={() => void logout()}>
      {page === 'dashboard' && <DashboardPage />}
      {page === 'providers' && <ProvidersPage />}
      {page === 'models' && <ModelsPage />}
      {page === 'playground' && <PlaygroundPage />}
      {page === 'logs' && <LogsPage />}
      {page === 'keys' && <KeysPage />}
      {page === 'settings' && <SettingsPage session={session} theme={theme} onTheme={setTheme} />}
    </AppShell>
  );
}
