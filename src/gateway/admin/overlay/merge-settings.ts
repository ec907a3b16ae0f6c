import { interpolateEnv } from '../../../settings/interpolate-env.js';
import type { AdminOverlay, EndpointOverlay, KeyEntry } from './admin-overlay.js';
import { endpointKeys } from './endpoint-keys.js';

export interface MergeOptions {
  /** Resolve `${ENV}` in console-entered values (true when building the live config). */
  interpolate: boolean;
  env?: NodeJS.ProcessEnv;
}

/**
 * The file's settings (VERSION 2 shape, as given) with the console overlay on top: endpoints
 * patched, added or removed by id; models and routes replaced whole by name. Pure: the inputs
 * are not modified.
 */
export function mergeSettingsSource(base: Record<string, unknown>, overlay: AdminOverlay, options: MergeOptions): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  const baseEndpoints = Array.isArray(base.endpoints) ? (base.endpoints as Record<string, unknown>[]) : [];
  const endpoints: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  for (const ep of baseEndpoints) {
    const id = String(ep.id);
    seen.add(id);
    const ov = overlay.endpoints[id];
    const merged = ov ? mergeEndpoint(id, ep, ov, options) : ep;
    if (merged) endpoints.push(merged);
  }
  for (const [id, ov] of Object.entries(overlay.endpoints)) {
    if (seen.has(id)) continue;
    const merged = mergeEndpoint(id, undefined, ov, options);
    if (merged) endpoints.push(merged);
  }
  out.endpoints = endpoints;

  const backends: Record<string, unknown> = { ...((base.backends as Record<string, unknown> | undefined) ?? {}) };
  for (const [backend, models] of Object.entries(overlay.models)) {
    const b = { ...((backends[backend] as Record<string, unknown> | undefined) ?? {}) };
    const m = { ...((b.models as Record<string, unknown> | undefined) ?? {}) };
    for (const [name, value] of Object.entries(models)) {
      if (value === null) delete m[name];
      else m[name] = value;
    }
    b.models = m;
    backends[backend] = b;
  }
  out.backends = backends;
  return out;
}

/** One endpoint with its overlay applied; undefined when the overlay deletes it. */
export function mergeEndpoint(
  id: string,
  base: Record<string, unknown> | undefined,
  ov: EndpointOverlay,
  options: MergeOptions,
): Record<string, unknown> | undefined {
  if (ov.deleted) return undefined;
  const out: Record<string, unknown> = base ? { ...base } : { id };
  out.id = id;
  for (const [field, value] of Object.entries(ov.fields ?? {})) {
    if (value === null || value === undefined) delete out[field];
    else out[field] = options.interpolate ? interpolateEnv(value, options.env, `endpoints.${id}.${field}`) : value;
  }
  if (ov.keys) {
    const removed = new Set(ov.keys.removed ?? []);
    const keys: KeyEntry[] = [];
    for (const k of endpointKeys(base, id)) {
      if (removed.has(k.id)) continue;
      keys.push({ ...k, ...(ov.keys.patch?.[k.id] ?? {}) });
    }
    for (const k of ov.keys.added ?? []) {
      const key = options.interpolate ? (interpolateEnv(k.key, options.env, `endpoints.${id}.api_keys.${k.id}`) as string) : k.key;
      keys.push({ ...k, key });
    }
    delete out.api_key;
    out.api_keys = keys;
  }
  return out;
}
