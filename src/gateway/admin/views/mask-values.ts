import { maskSecret } from '../../../resilience/mask-secret.js';
import { isEnvReference } from '../overlay/endpoint-keys.js';

const SENSITIVE_HEADER = /auth|key|token|secret|cookie|signature|password|credential/i;

/** A secret for display: `${ENV}` references as written, anything else masked (`sk-abc…wxyz`). */
export function maskValue(value: string): string {
  return isEnvReference(value) ? value : maskSecret(value);
}

/** `scheme://user:pass@host` → `scheme://****@host`. */
export function maskUrl(url: string): string {
  return url.replace(/\/\/[^@/\s]+@/, '//****@');
}

/** Header values that look like credentials are masked; the rest shown as is. */
export function maskHeaders(headers: unknown): Record<string, string> | undefined {
  if (!headers || typeof headers !== 'object') return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers as Record<string, unknown>)) {
    const s = String(v);
    out[k] = SENSITIVE_HEADER.test(k) ? maskValue(s) : s;
  }
  return out;
}

/** Every string leaf masked (cloud credential objects). */
export function maskDeep(value: unknown): unknown {
  if (typeof value === 'string') return maskValue(value);
  if (Array.isArray(value)) return value.map(maskDeep);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v)]));
  return value;
}

/** Header names whose values the console masks (and keeps when a masked value comes back). */
export function isSensitiveHeader(name: string): boolean {
  return SENSITIVE_HEADER.test(name);
}
