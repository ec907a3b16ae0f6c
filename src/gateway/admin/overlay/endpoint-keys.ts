import type { KeyAttributes, KeyEntry } from './admin-overlay.js';

const ATTRS = ['weight', 'rpm', 'tpm', 'rpd', 'enabled'] as const;

/**
 * An endpoint's keys (`api_key` then `api_keys`) as entries with explicit ids, numbered exactly
 * as parseSettings numbers them (`<endpoint>#<n>`), so ids in the overlay match ids in the pool.
 */
export function endpointKeys(raw: Record<string, unknown> | undefined, endpointId: string): KeyEntry[] {
  const out: KeyEntry[] = [];
  if (!raw) return out;
  const add = (entry: unknown): void => {
    if (typeof entry === 'string') {
      if (entry) out.push({ id: `${endpointId}#${out.length + 1}`, key: entry });
      return;
    }
    if (entry === null || typeof entry !== 'object') return;
    const e = entry as Record<string, unknown>;
    if (typeof e.key !== 'string' || !e.key) return;
    const k: KeyEntry = { id: typeof e.id === 'string' && e.id ? e.id : `${endpointId}#${out.length + 1}`, key: e.key };
    for (const a of ATTRS) if (e[a] !== undefined) (k as unknown as Record<string, unknown>)[a] = e[a];
    out.push(k);
  };
  if (typeof raw.api_key === 'string') add(raw.api_key);
  if (Array.isArray(raw.api_keys)) for (const e of raw.api_keys) add(e);
  return out;
}

/** The attributes of a key; null / undefined mean "default" and are left out. */
export function keyAttributes(k: { [A in (typeof ATTRS)[number]]?: KeyAttributes[A] | null }): KeyAttributes {
  const out: KeyAttributes = {};
  for (const a of ATTRS) if (k[a] !== undefined && k[a] !== null) (out as Record<string, unknown>)[a] = k[a];
  return out;
}

/** `${NAME}` references are kept as written; they are not secrets. */
export function isEnvReference(value: string): boolean {
  return /^\$\{[A-Za-z_][A-Za-z0-9_]*(?::-[^}]*)?\}$/.test(value.trim());
}

/**
 * A value the console or an export showed masked (`sk-abc…wxyz`, `****`): sending it back means
 * "keep the secret you have", never "set the secret to this text".
 */
export function isMaskedSecret(value: string | undefined): boolean {
  return value === undefined || value === '' || value === '****' || value.includes('…');
}
