import { PRESETS } from '../../../providers/presets.js';
import { sendJson } from '../../http/send-json.js';
import type { AdminConsole } from '../admin-console.js';
import type { MutationContext } from '../config/admin-config-manager.js';
import { findEndpoint, setEndpoint } from '../config/set-endpoint.js';
import type { AdminApiRouter, AdminParams } from '../http/admin-api-router.js';
import { adminError } from '../http/admin-error.js';
import { readAdminBody } from '../http/read-admin-body.js';
import { endpointKeys, isMaskedSecret } from '../overlay/endpoint-keys.js';
import { type DesiredEndpoint, type DesiredKey, EDITABLE_ENDPOINT_FIELDS } from '../overlay/endpoint-overlay-for.js';
import { endpointCreateBody, endpointTestBody, endpointUpdateBody, keyAddBody, keyPatchBody } from '../schemas/admin-schemas.js';
import { endpointView } from '../views/endpoint-view.js';
import { isSensitiveHeader, maskUrl } from '../views/mask-values.js';
import { testEndpoint } from './test-endpoint.js';

type Raw = Record<string, unknown>;

function endpointsOf(source: Raw): Raw[] {
  return Array.isArray(source.endpoints) ? (source.endpoints as Raw[]) : [];
}

/** Providers & endpoints: list (masked), add, edit, delete, keys, test connection. */
export function registerProviderRoutes(api: AdminApiRouter<AdminConsole>): void {
  api.add('GET', '/providers', (ctx, _p, admin) => sendJson(ctx, 200, providersPayload(admin)), {
    summary: 'Endpoints with masked keys, live key state, and the backend presets',
  });

  api.add(
    'POST',
    '/endpoints',
    async (ctx, _p, admin) => {
      const body = await readAdminBody(ctx, endpointCreateBody);
      await admin.config.mutate((m) => {
        if (findEndpoint(m.source, body.id)) throw adminError(409, 'endpoint_exists', `endpoint "${body.id}" already exists`);
        const { id, keys, ...fields } = body;
        setEndpoint(m, { id, fields, keys: keys ?? [] });
      });
      sendJson(ctx, 201, providersPayload(admin));
    },
    { summary: 'Add an endpoint (stored in the console overlay, applied live)' },
  );

  api.add(
    'PUT',
    '/endpoints/:id',
    async (ctx, p, admin) => {
      const body = await readAdminBody(ctx, endpointUpdateBody);
      await admin.config.mutate((m) => {
        const current = mustFind(m, p.id);
        const { keys, ...fields } = body;
        setEndpoint(m, {
          id: p.id,
          fields: {
            ...fields,
            headers: keepMaskedHeaders(fields.headers, current.headers),
            api_base: keepMaskedUrl(fields.api_base, current.api_base),
            proxy: keepMaskedUrl(fields.proxy, current.proxy),
          },
          keys,
        });
      });
      sendJson(ctx, 200, providersPayload(admin));
    },
    { summary: 'Edit an endpoint: every editable field (absent = unset); `keys` replaces the key list when present' },
  );

  api.add(
    'DELETE',
    '/endpoints/:id',
    async (ctx, p, admin) => {
      const users = usersOf(admin, p.id);
      if (users.length)
        throw adminError(400, 'endpoint_in_use', `endpoint "${p.id}" is used by ${users.join(', ')}; change or delete those models first`, {
          used_by: users,
        });
      await admin.config.mutate((m) => {
        mustFind(m, p.id);
        if (findEndpoint(m.base.settings.source, p.id)) m.overlay.endpoints[p.id] = { deleted: true };
        else delete m.overlay.endpoints[p.id];
      });
      sendJson(ctx, 200, providersPayload(admin));
    },
    { summary: 'Delete an endpoint (models still using it make this a 400 naming them)' },
  );

  api.add(
    'POST',
    '/endpoints/:id/keys',
    async (ctx, p, admin) => {
      const body = await readAdminBody(ctx, keyAddBody);
      await admin.config.mutate((m) => {
        const keys = currentKeys(m, p.id);
        setEndpoint(m, { id: p.id, fields: editableFields(mustFind(m, p.id)), keys: [...keys, clean(body)] });
      });
      sendJson(ctx, 201, providersPayload(admin));
    },
    { summary: 'Add an upstream API key (or an environment reference such as $' + '{OPENAI_API_KEY}) to an endpoint' },
  );

  api.add(
    'DELETE',
    '/endpoints/:id/keys/:keyId',
    async (ctx, p, admin) => {
      await admin.config.mutate((m) => {
        const keys = currentKeys(m, p.id);
        if (!keys.some((k) => k.id === p.keyId)) throw adminError(404, 'not_found', `endpoint "${p.id}" has no key "${p.keyId}"`);
        setEndpoint(m, { id: p.id, fields: editableFields(mustFind(m, p.id)), keys: keys.filter((k) => k.id !== p.keyId) });
      });
      sendJson(ctx, 200, providersPayload(admin));
    },
    { summary: 'Remove an upstream API key' },
  );

  api.add(
    'PATCH',
    '/endpoints/:id/keys/:keyId',
    async (ctx, p, admin) => {
      const body = await readAdminBody(ctx, keyPatchBody);
      await admin.config.mutate((m) => {
        const keys = currentKeys(m, p.id);
        if (!keys.some((k) => k.id === p.keyId)) throw adminError(404, 'not_found', `endpoint "${p.id}" has no key "${p.keyId}"`);
        const next = keys.map((k) => (k.id === p.keyId ? { ...k, ...clean(body) } : k));
        setEndpoint(m, { id: p.id, fields: editableFields(mustFind(m, p.id)), keys: next });
      });
      if (body.enabled === true) {
        // Also lift a runtime disable / cooldown (auth error, quota) on this and every other instance.
        admin.stableEngine()?.keyPools().get(p.id)?.enable(p.keyId);
        admin.bus.publish({ kind: 'key_enable', endpoint: p.id, keyId: p.keyId });
      }
      admin.refreshBoard();
      sendJson(ctx, 200, providersPayload(admin));
    },
    { summary: 'Enable / disable a key or change its weight and limits; enabling also clears a live cooldown or auth disable' },
  );

  api.add(
    'POST',
    '/endpoints/:id/test',
    async (ctx, p, admin) => {
      const body = await readAdminBody(ctx, endpointTestBody);
      const settings = admin.runtime.state().config.settings;
      const target = testTarget(admin, p, body);
      sendJson(ctx, 200, await testEndpoint(settings, p.id, target, body.key_id));
    },
    { summary: 'Test connection: one tiny request through this endpoint and key; latency or the classified error' },
  );
}

function providersPayload(admin: AdminConsole): Record<string, unknown> {
  const state = admin.runtime.state();
  const source = admin.config.currentSource();
  const base = admin.config.baseConfig().settings.source;
  const overlay = admin.config.currentOverlay();
  const pools = admin.stableEngine()?.keyPools();
  return {
    endpoints: endpointsOf(source).map((raw) =>
      endpointView(raw, findEndpoint(base, String(raw.id)), overlay, state.config.settings, pools?.get(String(raw.id))?.snapshot()),
    ),
    backend_types: Object.values(PRESETS).map((p) => ({
      name: p.backend,
      label: p.label,
      protocol: p.protocol,
      base_url: p.baseURL,
      key_env: p.keyEnv[0] ?? null,
      key_optional: p.keyOptional ?? false,
    })),
    persistent: admin.config.persistent,
  };
}

function usersOf(admin: AdminConsole, endpointId: string): string[] {
  const out: string[] = [];
  for (const [backend, cfg] of Object.entries(admin.runtime.state().config.settings.backends)) {
    for (const m of Object.values(cfg?.models ?? {}))
      if (m.endpoints.some((e) => e.endpointId === endpointId)) out.push(`${backend}/${m.name}`);
  }
  return out;
}

function mustFind(m: MutationContext, id: string): Raw {
  const ep = findEndpoint(m.source, id);
  if (!ep) throw adminError(404, 'not_found', `unknown endpoint "${id}"`);
  return ep;
}

function currentKeys(m: MutationContext, id: string): DesiredKey[] {
  return endpointKeys(mustFind(m, id), id).map(({ key: _secret, ...rest }) => rest);
}

function editableFields(raw: Raw): DesiredEndpoint['fields'] {
  const out: DesiredEndpoint['fields'] = {};
  for (const f of EDITABLE_ENDPOINT_FIELDS) if (raw[f] !== undefined) out[f] = raw[f];
  return out;
}

/** Masked header values sent back mean "keep what is there". */
function keepMaskedHeaders(next: Record<string, string> | null | undefined, current: unknown): Record<string, string> | null | undefined {
  if (!next) return next;
  const cur = (current ?? {}) as Record<string, string>;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(next)) out[k] = isSensitiveHeader(k) && isMaskedSecret(v) && cur[k] !== undefined ? cur[k] : v;
  return out;
}

/** A URL sent back exactly as the console showed it (credentials masked) keeps the real one. */
function keepMaskedUrl(next: string | null | undefined, current: unknown): string | null | undefined {
  return typeof current === 'string' && next === maskUrl(current) ? current : next;
}

function clean<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== null && v !== undefined) out[k] = v;
  return out as T;
}

function testTarget(
  admin: AdminConsole,
  p: AdminParams,
  body: { target?: string; backend?: string; model?: string },
): { backend: string; model: string } {
  const settings = admin.runtime.state().config.settings;
  if (body.backend && body.model) return { backend: body.backend, model: body.model };
  let candidates: { backend: string; name: string; modelId: string }[] = [];
  for (const [backend, cfg] of Object.entries(settings.backends)) {
    for (const m of Object.values(cfg?.models ?? {})) {
      const ref = m.endpoints.find((e) => e.endpointId === p.id);
      if (ref) candidates.push({ backend, name: m.name, modelId: ref.modelId });
    }
  }
  if (body.target) candidates = candidates.filter((c) => `${c.backend}/${c.name}` === body.target);
  const pick = candidates[0];
  if (!pick) {
    throw adminError(
      400,
      'target',
      body.target
        ? `"${body.target}" does not use endpoint "${p.id}"`
        : `no model uses endpoint "${p.id}" yet: pass backend and model to test an upstream model id`,
    );
  }
  return { backend: pick.backend, model: pick.modelId };
}
