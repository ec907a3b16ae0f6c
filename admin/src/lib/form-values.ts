/** Form text → API values: empty = null, numbers validated (the message names the field). */
export function optionalNumber(text: string, field: string, opts: { integer?: boolean; min?: number } = {}): number | null {
  const s = text.trim();
  if (s === '') return null;
  const n = Number(s);
  if (!Number.isFinite(n) || (opts.integer && !Number.isInteger(n)) || (opts.min !== undefined && n < opts.min)) {
    throw new FormError(field, opts.integer ? 'whole number ≥ 1' : `number ≥ ${opts.min ?? 0}`);
  }
  return n;
}

export function optionalText(text: string): string | null {
  const s = text.trim();
  return s === '' ? null : s;
}

/** `Name: value` lines → a header map. */
export function parseHeaders(text: string): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const l = line.trim();
    if (!l) continue;
    const i = l.indexOf(':');
    if (i <= 0) throw new FormError('headers', `"${l}" is not "Name: value"`);
    out[l.slice(0, i).trim()] = l.slice(i + 1).trim();
  }
  return Object.keys(out).length ? out : null;
}

export function headersText(h: Record<string, string>): string {
  return Object.entries(h)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
}

export function numText(v: number | null | undefined): string {
  return v === null || v === undefined ? '' : String(v);
}

/** A form input that failed validation, for showing next to that field. */
export class FormError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
