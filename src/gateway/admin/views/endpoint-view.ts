import type { KeyPoolSnapshot } from '../../../resilience/key-pool.js';
import type { ResolvedSettings } from '../../../settings/resolved-settings.js';
import type { AdminOverlay } from '../overlay/admin-overlay.js';
import { endpointKeys, isEnvReference } from '../overlay/endpoint-keys.js';
import { maskHeaders, maskUrl, maskValue } from './mask-values.js';

export interface EndpointKeyView {
  id: string;
  /** Masked secret, or the `${ENV}` reference it was entered as. */
  masked: string;
  source: 'file' | 'console';
  enabled: boolean;
  weight: number;
  rpm: number | null;
  tpm: number | null;
  rpd: number | null;
  /** Live pool state on this instance (null before the endpoint served a request). */
  live: KeyPoolSnapshot['keys'][number] | null;
}

export interface EndpointView {
  id: string;
  source: 'file' | 'console' | 'file+console';
  api_base: string | null;
  endpoint_type: string | null;
  rpm: number | null;
  tpm: number | null;
  concurrent_requests: number | null;
  enabled: boolean;
  proxy: string | null;
  headers: Record<string, string>;
  key_selection: string;
  timeout: number | null;
  region: string | null;
  api_version: string | null;
  has_credentials: boolean;
  keys: EndpointKeyView[];
  /** `backend/model` targets using this endpoint. */
  used_by: string[];
  pool: { size: number; available: number } | null;
}

/** An endpoint for the console: every secret masked, each key tagged with where it came from and its live state. */
export function endpointView(
  raw: Record<string, unknown>,
  baseRaw: Record<string, unknown> | undefined,
  overlay: AdminOverlay,
  settings: ResolvedSettings,
  pool: KeyPoolSnapshot | undefined,
): EndpointView {
  const id = String(raw.id);
  const baseKeys = endpointKeys(baseRaw, id);
  const ov = overlay.endpoints[id];
  const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
  const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
  const usedBy: string[] = [];
  for (const [backend, cfg] of Object.entries(settings.backends)) {
    for (const m of Object.values(cfg?.models ?? {})) if (m.endpoints.some((e) => e.endpointId === id)) usedBy.push(`${backend}/${m.name}`);
  }
  return {
    id,
    source: !baseRaw ? 'console' : ov ? 'file+console' : 'file',
    api_base: str(raw.api_base) && maskUrl(raw.api_base as string),
    endpoint_type: str(raw.endpoint_type),
    rpm: num(raw.rpm),
    tpm: num(raw.tpm),
    concurrent_requests: num(raw.concurrent_requests),
    enabled: raw.enabled !== false,
    proxy: str(raw.proxy) && maskUrl(raw.proxy as string),
    headers: maskHeaders(raw.headers) ?? {},
    key_selection: str(raw.key_selection) ?? 'round_robin',
    timeout: num(raw.timeout),
    region: str(raw.region),
    api_version: str(raw.api_version),
    has_credentials: Boolean(raw.credentials),
    keys: endpointKeys(raw, id).map((k) => {
      const fromFile = baseKeys.some((b) => b.id === k.id && b.key === k.key);
      return {
        id: k.id,
        masked: isEnvReference(k.key) ? k.key : maskValue(k.key),
        source: fromFile ? 'file' : 'console',
        enabled: k.enabled !== false,
        weight: k.weight ?? 1,
        rpm: k.rpm ?? null,
        tpm: k.tpm ?? null,
        rpd: k.rpd ?? null,
        live: pool?.keys.find((s) => s.id === k.id) ?? null,
      };
    }),
    used_by: usedBy,
    pool: pool ? { size: pool.size, available: pool.available } : null,
  };
}
