import { PRESETS } from '../../../providers/presets.js';
import { normalizeRoute } from '../../../router/route-config.js';
import { isBackendType } from '../../../settings/backend-type.js';
import { sendJson } from '../../http/send-json.js';
import type { AdminConsole } from '../admin-console.js';
import { resolveActive } from '../config/resolve-active.js';
import type { AdminApiRouter } from '../http/admin-api-router.js';
import { adminError } from '../http/admin-error.js';
import { readAdminBody } from '../http/read-admin-body.js';
import { deepEqual } from '../overlay/deep-equal.js';
import { activeBody, modelBody, routeBody } from '../schemas/admin-schemas.js';
import { routeToInput } from '../views/route-to-input.js';

type Raw = Record<string, unknown>;
const ROUTE_NAME = /^[A-Za-z0-9_.:-]{1,64}$/;

function rawModels(source: Raw, backend: string): Record<string, Raw> {
  const b = (source.backends as Record<string, Raw> | undefined)?.[backend];
  return ((b?.models as Record<string, Raw> | undefined) ?? {}) as Record<string, Raw>;
}

/** Models & routes: model configs (all settings fields), aliases, routes, active chat / vision models. */
export function registerModelRoutes(api: AdminApiRouter<AdminConsole>): void {
  api.add('GET', '/models', (ctx, _p, admin) => sendJson(ctx, 200, modelsPayload(admin)), {
    summary: 'Models per backend, routes, active models, pickable targets',
  });

  api.add(
    'PUT',
    '/models/:backend/:name',
    async (ctx, p, admin) => {
      if (!isBackendType(p.backend)) throw adminError(400, 'backend', `unknown backend "${p.backend}"`);
      const body = await readAdminBody(ctx, modelBody);
      await admin.config.mutate((m) => {
        const base = rawModels(m.base.settings.source, p.backend)[p.name];
        m.overlay.models[p.backend] ??= {};
        const models = m.overlay.models[p.backend];
        if (base && deepEqual(body, base)) delete models[p.name];
        else models[p.name] = body as Raw;
      });
      sendJson(ctx, 200, modelsPayload(admin));
    },
    { summary: 'Add or replace a model config (backend/name); applied live' },
  );

  api.add(
    'DELETE',
    '/models/:backend/:name',
    async (ctx, p, admin) => {
      assertNotActive(admin, [`${p.backend}/${p.name}`, p.name]);
      await admin.config.mutate((m) => {
        if (!rawModels(m.source, p.backend)[p.name]) throw adminError(404, 'not_found', `unknown model "${p.backend}/${p.name}"`);
        m.overlay.models[p.backend] ??= {};
        const models = m.overlay.models[p.backend];
        if (rawModels(m.base.settings.source, p.backend)[p.name]) models[p.name] = null;
        else delete models[p.name];
      });
      sendJson(ctx, 200, modelsPayload(admin));
    },
    { summary: 'Delete a model' },
  );

  api.add(
    'PUT',
    '/routes/:name',
    async (ctx, p, admin) => {
      if (!ROUTE_NAME.test(p.name)) throw adminError(400, 'name', 'route names use letters, digits, _ . : - only');
      const body = await readAdminBody(ctx, routeBody);
      await admin.config.mutate((m) => {
        const base = m.base.routes.get(p.name);
        if (base && deepEqual(normalizeRoute(p.name, body), base)) delete m.overlay.routes[p.name];
        else m.overlay.routes[p.name] = body;
      });
      sendJson(ctx, 200, modelsPayload(admin));
    },
    { summary: 'Add or replace a route (ordered, weighted or priority targets)' },
  );

  api.add(
    'DELETE',
    '/routes/:name',
    async (ctx, p, admin) => {
      assertNotActive(admin, [p.name]);
      await admin.config.mutate((m) => {
        const exists = m.overlay.routes[p.name] !== undefined ? m.overlay.routes[p.name] !== null : m.base.routes.has(p.name);
        if (!exists) throw adminError(404, 'not_found', `unknown route "${p.name}"`);
        if (m.base.routes.has(p.name)) m.overlay.routes[p.name] = null;
        else delete m.overlay.routes[p.name];
      });
      sendJson(ctx, 200, modelsPayload(admin));
    },
    { summary: 'Delete a route' },
  );

  api.add(
    'PUT',
    '/active',
    async (ctx, _p, admin) => {
      const body = await readAdminBody(ctx, activeBody);
      const state = admin.runtime.state();
      const warnings: string[] = [];
      for (const kind of ['chat', 'vision'] as const) {
        const name = body[kind];
        if (name === undefined || name === null) continue;
        const resolved = resolveActive(name, state);
        if ('error' in resolved) throw adminError(400, kind, `${kind}: ${resolved.error}`);
        const targets = resolved.targets;
        if (kind === 'vision') {
          const multimodal = targets.some(
            (t) =>
              state.config.settings.backends[t.backend as keyof typeof state.config.settings.backends]?.models[t.model]?.nativeMultimodal,
          );
          if (!multimodal)
            warnings.push(
              `vision: none of ${targets.map((t) => `${t.backend}/${t.model}`).join(', ')} is marked native_multimodal; image requests may fail`,
            );
        }
      }
      await admin.runtime.setActiveModels({ chat: body.chat, vision: body.vision });
      admin.config.noteActiveWritten(await admin.runtime.store?.getValue('active_models').catch(() => undefined));
      admin.bus.publish({ kind: 'active' });
      sendJson(ctx, 200, { active: admin.runtime.state().active, file_active: admin.config.baseConfig().active, warnings });
    },
    { summary: 'Set the active chat / vision model used when a request names none (persisted; null = back to the file)' },
  );
}

/** Deleting what the active chat / vision model names would break every request that names no model. */
function assertNotActive(admin: AdminConsole, names: string[]): void {
  const active = admin.runtime.state().active;
  for (const kind of ['chat', 'vision'] as const) {
    const name = active[kind];
    if (name && names.includes(name))
      throw adminError(409, 'active_model', `"${name}" is the active ${kind} model; choose another active ${kind} model first`);
  }
}

function modelsPayload(admin: AdminConsole): Record<string, unknown> {
  const state = admin.runtime.state();
  const settings = state.config.settings;
  const base = admin.config.baseConfig();
  const overlay = admin.config.currentOverlay();
  const source = admin.config.currentSource();
  const status = state.engine.getServiceStatus();
  const backends = Object.entries(settings.backends).map(([name, cfg]) => {
    const raws = rawModels(source, name);
    const baseRaws = rawModels(base.settings.source, name);
    return {
      name,
      label: PRESETS[name as keyof typeof PRESETS]?.label ?? name,
      default_endpoint: cfg?.defaultEndpoint ?? null,
      models: Object.values(cfg?.models ?? {}).map((m) => ({
        name: m.name,
        target: `${name}/${m.name}`,
        source: !baseRaws[m.name] ? 'console' : overlay.models[name]?.[m.name] !== undefined ? 'file+console' : 'file',
        config: raws[m.name] ?? {},
        resolved: {
          id: m.id,
          endpoints: m.endpoints.map((e) => ({
            endpoint_id: e.endpointId,
            model_id: e.modelId,
            weight: e.weight,
            rpm: e.rpm ?? null,
            tpm: e.tpm ?? null,
          })),
          function_call_available: m.functionCallAvailable,
          response_format_available: m.responseFormatAvailable,
          native_multimodal: m.nativeMultimodal,
          context_length: m.contextLength ?? null,
          max_output_tokens: m.maxOutputTokens ?? null,
          enabled: m.enabled,
          aliases: m.aliases,
          backup: m.backup,
          pricing: m.pricing ?? null,
        },
        status: status[`${name}/${m.name}`]
          ? { available: status[`${name}/${m.name}`].available, state: status[`${name}/${m.name}`].state }
          : null,
      })),
    };
  });
  const routes = [...state.config.routes.values()].map((r) => ({
    name: r.name,
    source: !base.routes.has(r.name) ? 'console' : overlay.routes[r.name] !== undefined ? 'file+console' : 'file',
    strategy: r.strategy,
    hedge_after_ms: r.hedgeAfterMs ?? null,
    targets: r.targets.map((t) => ({ target: `${t.backend}/${t.model}`, weight: t.weight, priority: t.priority })),
    config: overlay.routes[r.name] ?? routeToInput(r),
  }));
  const modelTargets = backends.flatMap((b) => b.models.filter((m) => m.resolved.enabled).map((m) => m.target));
  return {
    backends,
    routes,
    active: state.active,
    file_active: base.active,
    targets: [...routes.map((r) => r.name), ...modelTargets],
    vision_targets: backends.flatMap((b) =>
      b.models.filter((m) => m.resolved.native_multimodal && m.resolved.enabled).map((m) => m.target),
    ),
    endpoints: [...settings.endpoints.keys()],
    backend_types: Object.values(PRESETS).map((p) => ({ name: p.backend, label: p.label })),
    persistent: admin.config.persistent,
  };
}
