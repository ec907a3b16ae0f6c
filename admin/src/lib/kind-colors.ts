/** Stable colours per error kind, so a kind keeps its colour across charts and reloads. */
const KNOWN: Record<string, string> = {
  rate_limit: 'var(--c3)',
  overloaded: 'var(--c5)',
  server: 'var(--c4)',
  timeout: 'var(--c6)',
  auth: '#b45309',
  quota_exhausted: '#a21caf',
  network: '#64748b',
  invalid_request: '#0f766e',
  invalid_request_error: '#0f766e',
  aborted: '#94a3b8',
  not_found: '#7c3aed',
};
const EXTRA = ['#2563eb', '#16a34a', '#db2777', '#ca8a04', '#0891b2'];

export function kindColor(kind: string, index: number): string {
  return KNOWN[kind] ?? EXTRA[index % EXTRA.length];
}
