import { useEffect, useState } from 'react';

/** Console pages and their paths under /admin. */
export const PAGES = ['dashboard', 'providers', 'models', 'playground', 'logs', 'keys', 'settings'] as const;
export type Page = (typeof PAGES)[number];

const BASE = '/admin';

export function pathFor(page: Page): string {
  return page === 'dashboard' ? `${BASE}/` : `${BASE}/${page}`;
}

function pageOf(pathname: string): Page {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length).replace(/^\/+|\/+$/g, '') : '';
  return (PAGES as readonly string[]).includes(rest) ? (rest as Page) : 'dashboard';
}

const listeners = new Set<() => void>();

/** Client-side navigation (the gateway answers every /admin/* path with the app). */
export function navigate(page: Page): void {
  const to = pathFor(page);
  if (location.pathname !== to) history.pushState(null, '', to);
  for (const l of listeners) l();
}

/** The current page; follows links, back and forward. */
export function usePage(): Page {
  const [page, setPage] = useState<Page>(() => pageOf(location.pathname));
  useEffect(() => {
    const update = (): void => setPage(pageOf(location.pathname));
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return page;
}
