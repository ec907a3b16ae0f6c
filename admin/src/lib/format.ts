/** Number and time formatting for the console, locale-aware where it matters. */

export function fmtMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  return `${Math.round(ms)} ms`;
}

export function fmtUsd(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  if (v === 0) return '$0';
  if (v < 0.01) return `$${v.toFixed(6).replace(/0+$/, '')}`;
  return `$${v.toFixed(v < 100 ? 4 : 2).replace(/\.?0+$/, '')}`;
}

export function fmtInt(v: number | null | undefined, lang = 'en'): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  return new Intl.NumberFormat(lang).format(Math.round(v));
}

export function fmtCompact(v: number, lang = 'en'): string {
  return new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(v);
}

export function fmtPct(v: number | null | undefined, digits = 1): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  return `${(v * 100).toFixed(digits).replace(/\.0$/, '')}%`;
}

export function fmtRate(v: number): string {
  if (v === 0) return '0';
  if (v < 0.1) return v.toFixed(3);
  if (v < 10) return v.toFixed(2);
  return v.toFixed(1);
}

export function fmtClock(ts: number, lang = 'en'): string {
  return new Date(ts).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
}

export function fmtDateTime(ts: number | null | undefined, lang = 'en'): string {
  if (!ts) return '—';
  return new Date(ts).toLocaleString(lang, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
}

export function fmtDate(ts: number | null | undefined, lang = 'en'): string {
  if (!ts) return '—';
  return new Date(ts).toLocaleDateString(lang, { year: 'numeric', month: 'short', day: 'numeric' });
}
