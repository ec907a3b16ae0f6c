import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { GatewayConfig } from '../../config/gateway-config.js';
import type { GatewayState } from '../../gateway-state.js';
import type { AdminOverlay } from '../overlay/admin-overlay.js';
import { endpointKeys } from '../overlay/endpoint-keys.js';
import { mergeSettingsSource } from '../overlay/merge-settings.js';
import { maskDeep, maskHeaders, maskUrl, maskValue } from './mask-values.js';
import { routeToInput } from './route-to-input.js';

/**
 * The running config as one YAML-ready document: the config file as written (its `${ENV}`
 * references intact) with the console overlay merged in and the active models filled in. Every
 * plaintext secret is masked; keys always carry explicit ids so an import can keep them.
 */
export function effectiveDocument(base: GatewayConfig, overlay: AdminOverlay, state: GatewayState): Record<string, unknown> {
  const raw = rawFile(base) ?? fromConfig(base);
  const merged = mergeSettingsSource(raw, overlay, { interpolate: false });
  const doc: Record<string, unknown> = { ...raw, endpoints: merged.endpoints, backends: merged.backends };
  const routes: Record<string, unknown> = { ...((raw.routes as Record<string, unknown> | undefined) ?? {}) };
  for (const [name, value] of Object.entries(overlay.routes)) {
    if (value === null) delete routes[name];
    else routes[name] = value;
  }
  if (Object.keys(routes).length) doc.routes = routes;
  else delete doc.routes;
  const active: Record<string, string> = {};
  if (state.active.chat) active.chat = state.active.chat;
  if (state.active.vision) active.vision = state.active.vision;
  if (Object.keys(active).length) doc.active = active;
  else delete doc.active;
  return maskDocument(doc);
}

function rawFile(base: GatewayConfig): Record<string, unknown> | undefined {
  if (base.source !== 'file' || !base.configPath) return undefined;
  try {
    const text = readFileSync(base.configPath, 'utf8');
    const data: unknown = base.configPath.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Without a file (env-only or in-code config): the settings, routes and service order. */
function fromConfig(base: GatewayConfig): Record<string, unknown> {
  const doc: Record<string, unknown> = { ...base.settings.source };
  if (base.routes.size) doc.routes = Object.fromEntries([...base.routes.values()].map((r) => [r.name, routeToInput(r)]));
  if (base.serviceOrder.length) doc.service_order = base.serviceOrder;
  return doc;
}

function maskDocument(doc: Record<string, unknown>): Record<string, unknown> {
  const out = { ...doc };
  if (Array.isArray(out.endpoints)) {
    out.endpoints = (out.endpoints as Record<string, unknown>[]).map((ep) => {
      const id = String(ep.id);
      const e: Record<string, unknown> = { ...ep };
      const keys = endpointKeys(ep, id);
      delete e.api_key;
      delete e.api_keys;
      if (keys.length) e.api_keys = keys.map((k) => ({ ...k, key: maskValue(k.key) }));
      if (e.headers) e.headers = maskHeaders(e.headers);
      if (typeof e.proxy === 'string') e.proxy = maskUrl(e.proxy);
      if (typeof e.api_base === 'string') e.api_base = maskUrl(e.api_base);
      if (e.credentials) e.credentials = maskDeep(e.credentials);
      return e;
    });
  }
  if (out.server && typeof out.server === 'object') {
    const s: Record<string, unknown> = { ...(out.server as Record<string, unknown>) };
    for (const f of ['master_key', 'admin_key']) if (typeof s[f] === 'string') s[f] = maskValue(s[f] as string);
    if (Array.isArray(s.keys))
      s.keys = (s.keys as Record<string, unknown>[]).map((k) => ({ ...k, key: typeof k.key === 'string' ? maskValue(k.key) : k.key }));
    out.server = s;
  }
  if (out.stores && typeof out.stores === 'object') {
    const s: Record<string, unknown> = { ...(out.stores as Record<string, unknown>) };
    for (const f of ['database_url', 'redis_url']) if (typeof s[f] === 'string') s[f] = maskUrl(s[f] as string);
    out.stores = s;
  }
  return out;
}
