import { type ReactNode, useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { navigate, type Page, PAGES, pathFor } from '../lib/router.js';
import type { Session } from '../lib/types.js';
import { BrandMark } from './brand-mark.js';
import { Icon, type IconName } from './icon.js';
import { LanguageSelect } from './language-select.js';

const ICONS: Record<Page, IconName> = {
  dashboard: 'dashboard',
  providers: 'server',
  models: 'layers',
  playground: 'message',
  logs: 'list',
  keys: 'key',
  settings: 'settings',
};

interface AppShellProps {
  page: Page;
  title: string;
  session: Session;
  onLogout(): void;
  actions?: ReactNode;
  children: ReactNode;
}

/** Sidebar navigation, sticky top bar and the page; collapses to a menu on small screens. */
export function AppShell({ page, title, session, onLogout, actions, children }: AppShellProps) {
  const { t } = useI18n();
  const [navOpen, setNavOpen] = useState(false);
  useEffect(() => {
    document.title = `${title} · ${t('app.title')}`;
  }, [title, t]);
  useEffect(() => setNavOpen(false), [page]);
  useEffect(() => {
    if (!navOpen) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') setNavOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navOpen]);
  return (
    <div className={`shell ${navOpen ? 'nav-open' : ''}`}>
      <a className="skip-link" href="#main">
        {t('shell.skip')}
      </a>
      <div className="nav-backdrop" aria-hidden="true" onClick={() => setNavOpen(false)} />
      <aside className="sidebar" aria-label={t('nav.main')}>
        <div className="brand">
          <BrandMark className="brand-mark" />
          <div>
            <div className="brand-name">stable-llm</div>
            <div className="brand-sub">admin · v{session.version}</div>
          </div>
        </div>
        <nav className="nav">
          {PAGES.map((p) => (
            <a
              key={p}
              href={pathFor(p)}
              aria-current={p === page ? 'page' : undefined}
              onClick={(e) => {
                if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                e.preventDefault();
                navigate(p);
              }}
            >
              <Icon name={ICONS[p]} />
              {t(`nav.${p}`)}
            </a>
          ))}
        </nav>
        <div className="sidebar-foot">
          <LanguageSelect />
          <span>
            {t('shell.instance')} <span className="mono">{session.instance}</span>
          </span>
        </div>
      </aside>
      <div className="main">
        <header className="topbar">
          <button type="button" className="btn ghost icon menu-btn" aria-label={t('nav.menu')} aria-expanded={navOpen} onClick={() => setNavOpen((o) => !o)}>
            <Icon name="menu" />
          </button>
          <h1>{title}</h1>
          <div className="topbar-actions">
            {actions}
            {session.auth_required && (
              <button type="button" className="btn ghost" onClick={onLogout}>
                <Icon name="logout" />
                <span className="hide-sm">{t('shell.logout')}</span>
              </button>
            )}
          </div>
        </header>
        <main id="main" className="content" tabIndex={-1}>
          {session.open_localhost && (
            <div className="banner warn" role="note">
              <Icon name="alert" />
              <span>{t('shell.openMode')}</span>
            </div>
          )}
          {!session.persistence.persistent && (
            <div className="banner info" role="note">
              <Icon name="info" />
              <span>{t('shell.noPersistence')}</span>
            </div>
          )}
          {children}
        </main>
      </div>
    </div>
  );
}
