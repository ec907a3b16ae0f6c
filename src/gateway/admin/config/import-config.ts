import { parse as parseYaml } from 'yaml';
import { ConfigError } from '../../../errors/config-error.js';
import { normalizeRoute, routesSchema } from '../../../router/route-config.js';
import { formatIssuePath } from '../../../settings/format-issue-path.js';
import { settingsSchema } from '../../../settings/settings-schema.js';
import type { GatewayRuntime } from '../../gateway-runtime.js';
import { deepEqual } from '../overlay/deep-equal.js';
import { endpointKeys } from '../overlay/endpoint-keys.js';
import { type DesiredEndpoint, EDITABLE_ENDPOINT_FIELDS } from '../overlay/endpoint-overlay-for.js';
import type { AdminConfigManager } from './admin-config-manager.js';
import { resolveActive } from './resolve-active.js';
import { findEndpoint, setEndpoint } from './set-endpoint.js';

type Raw = Record<string, unknown>;

const FILE_ONLY = ['server', 'limits', 'stores', 'service_order'];
const KNOWN = new Set(['$schema', 'VERSION', 'endpoints', 'backends', 'routes', 'active', ...FILE_ONLY]);

export interface ImportResult {
  /** Sections that replaced the running ones. */
  applied: string[];
  /** Sections that only the config file can change. */
  ignored: string[];
  warnings: string[];
  active: { chat?: string; vision?: string };
}

/**
 * Imports a YAML document (typically an edited export) into the console overlay. Each section
 * present — `endpoints`, `backends`, `routes`, `active` — replaces the running one; absent
 * sections are untouched. Masked secrets (`sk-abc…wxyz`, `****`) keep the key with the same id;
 * `${ENV}` references are stored as written. server / limits / stores / service_order are file-only.
 */
export async function importConfig(manager: AdminConfigManager, runtime: GatewayRuntime, text: string): Promise<ImportResult> {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (err) {
    throw new ConfigError([{ path: '', message: `not valid YAML: ${(err as Error).message}` }]);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    throw new ConfigError([{ path: '', message: 'the document must be a mapping (YAML object) at the top level' }]);
  const d = doc as Raw;
  const settingsCheck = settingsSchema.safeParse({ endpoints: d.endpoints ?? [], backends: d.backends ?? {} });
  if (!settingsCheck.success)
    throw new ConfigError(settingsCheck.error.issues.map((i) => ({ path: formatIssuePath(i.path), message: i.message })));
  if (d.routes !== undefined) {
    const routesCheck = routesSchema.safeParse(d.routes);
    if (!routesCheck.success)
      throw new ConfigError(routesCheck.error.issues.map((i) => ({ path: `routes.${formatIssuePath(i.path)}`, message: i.message })));
  }
  const result: ImportResult = { applied: [], ignored: [], warnings: [], active: {} };
  for (const key of Object.keys(d)) {
    if (FILE_ONLY.includes(key)) result.ignored.push(key);
    else if (!KNOWN.has(key)) result.warnings.push(`${key}: unknown section, ignored`);
  }
  const touches = ['endpoints', 'backends', 'routes'].some((k) => d[k] !== undefined);
  if (touches) {
    await manager.mutate((m) => {
      if (Array.isArray(d.endpoints)) {
        result.applied.push('endpoints');
        const wanted = new Set<string>();
        for (const e of d.endpoints as Raw[]) {
          const id = String(e.id);
          wanted.add(id);
          const fields: DesiredEndpoint['fields'] = {};
          for (const f of EDITABLE_ENDPOINT_FIELDS) if (e[f] !== undefined) fields[f] = e[f];
          const base = findEndpoint(m.base.settings.source, id);
          if (e.credentials !== undefined && !deepEqual(e.credentials, base?.credentials))
            result.warnings.push(`endpoints.${id}.credentials: file-only, ignored`);
          setEndpoint(m, { id, fields, keys: endpointKeys(e, id) });
        }
        for (const e of (m.source.endpoints as Raw[] | undefined) ?? []) {
          const id = String(e.id);
          if (wanted.has(id)) continue;
          if (findEndpoint(m.base.settings.source, id)) m.overlay.endpoints[id] = { deleted: true };
          else delete m.overlay.endpoints[id];
        }
      }
      if (d.backends !== undefined) {
        result.applied.push('backends');
        const wanted = (d.backends ?? {}) as Record<string, Raw>;
        const current = (m.source.backends ?? {}) as Record<string, Raw>;
        const baseBackends = (m.base.settings.source.backends ?? {}) as Record<string, Raw>;
        for (const backend of new Set([...Object.keys(wanted), ...Object.keys(current)])) {
          const want = (wanted[backend]?.models ?? {}) as Record<string, Raw>;
          const have = (current[backend]?.models ?? {}) as Record<string, Raw>;
          const file = (baseBackends[backend]?.models ?? {}) as Record<string, Raw>;
          m.overlay.models[backend] ??= {};
          const ov = m.overlay.models[backend];
          for (const name of new Set([...Object.keys(want), ...Object.keys(have)])) {
            if (want[name] !== undefined) {
              if (file[name] && deepEqual(want[name], file[name])) delete ov[name];
              else ov[name] = want[name] ?? {};
            } else if (file[name]) ov[name] = null;
            else delete ov[name];
          }
        }
      }
      if (d.routes !== undefined) {
        result.applied.push('routes');
        const wanted = (d.routes ?? {}) as Record<string, unknown>;
        const names = new Set([...Object.keys(wanted), ...m.base.routes.keys(), ...Object.keys(m.overlay.routes)]);
        for (const name of names) {
          const base = m.base.routes.get(name);
          const want = wanted[name];
          if (want === undefined) {
            if (base) m.overlay.routes[name] = null;
            else delete m.overlay.routes[name];
            continue;
          }
          const parsed = routesSchema.parse({ [name]: want })[name];
          if (base && deepEqual(normalizeRoute(name, parsed), base)) delete m.overlay.routes[name];
          else m.overlay.routes[name] = want;
        }
      }
    });
  }
  if (d.active && typeof d.active === 'object') {
    result.applied.push('active');
    const a = d.active as Raw;
    const state = runtime.state();
    const next: { chat?: string | null; vision?: string | null } = {};
    for (const kind of ['chat', 'vision'] as const) {
      const v = a[kind];
      if (v === undefined || v === null) {
        next[kind] = null;
        continue;
      }
      const resolved = resolveActive(String(v), state);
      if ('error' in resolved) result.warnings.push(`active.${kind}: ${resolved.error}; left unchanged`);
      else next[kind] = String(v);
    }
    await runtime.setActiveModels(next);
    manager.noteActiveWritten(await runtime.store?.getValue('active_models').catch(() => undefined));
  }
  result.active = { ...runtime.state().active };
  return result;
}
