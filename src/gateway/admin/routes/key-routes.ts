import type { GatewayKeyPatch, StoredGatewayKey } from '../../../store/stored-gateway-key.js';
import { sendJson } from '../../http/send-json.js';
import type { AdminConsole } from '../admin-console.js';
import type { AdminApiRouter } from '../http/admin-api-router.js';
import { adminError } from '../http/admin-error.js';
import { readAdminBody } from '../http/read-admin-body.js';
import { gatewayKeyBody, gatewayKeyPatchBody } from '../schemas/admin-schemas.js';

/** Gateway keys: config-file keys (read-only here) and store keys (create / edit / revoke / delete). */
export function registerKeyRoutes(api: AdminApiRouter<AdminConsole>): void {
  api.add('GET', '/keys', async (ctx, _p, admin) => sendJson(ctx, 200, await keysPayload(admin)), {
    summary: 'Gateway keys with limits, budget, expiry and spend (never the key itself)',
  });

  api.add(
    'POST',
    '/keys',
    async (ctx, _p, admin) => {
      const body = await readAdminBody(ctx, gatewayKeyBody);
      const store = requireStore(admin);
      if (body.id && admin.runtime.state().config.server.keys.some((k) => k.id === body.id))
        throw adminError(409, 'key_exists', `id "${body.id}" is used by a key in the config file`);
      const expires = parseExpiry(body.expires_at);
      if (expires !== null && expires !== undefined && expires <= Date.now())
        throw adminError(400, 'expires_at', 'expires_at: must be in the future');
      const { key, record } = await store.createKey({ ...body, expires_at: expires });
      await admin.runtime.refreshKeys();
      admin.bus.publish({ kind: 'keys' });
      // The only time the key is ever shown.
      sendJson(ctx, 201, { key, record: view(record, 0) });
    },
    { summary: 'Create a gateway key; the response carries the key once (it is stored hashed)' },
  );

  api.add(
    'PATCH',
    '/keys/:id',
    async (ctx, p, admin) => {
      const body = await readAdminBody(ctx, gatewayKeyPatchBody);
      const store = requireStore(admin);
      assertNotConfigKey(admin, p.id);
      const patch: GatewayKeyPatch = {};
      if (body.name !== undefined) patch.name = body.name;
      if (body.models !== undefined) patch.models = body.models?.length ? body.models : null;
      if (body.rpm !== undefined) patch.rpm = body.rpm;
      if (body.tpm !== undefined) patch.tpm = body.tpm;
      if (body.budget_usd !== undefined) patch.budget_usd = body.budget_usd;
      if (body.expires_at !== undefined) patch.expires_at = parseExpiry(body.expires_at) ?? null;
      if (body.enabled !== undefined) patch.enabled = body.enabled;
      const record = await store.updateKey(p.id, patch);
      if (!record) throw adminError(404, 'not_found', `unknown key "${p.id}"`);
      await admin.runtime.refreshKeys();
      admin.bus.publish({ kind: 'keys' });
      sendJson(ctx, 200, { record: view(record, admin.runtime.spend.get(record.id)) });
    },
    { summary: 'Edit a key: enable / revoke (enabled: false), models, limits, budget, expiry' },
  );

  api.add(
    'DELETE',
    '/keys/:id',
    async (ctx, p, admin) => {
      const store = requireStore(admin);
      assertNotConfigKey(admin, p.id);
      if (!(await store.deleteKey(p.id))) throw adminError(404, 'not_found', `unknown key "${p.id}"`);
      await admin.runtime.refreshKeys();
      admin.bus.publish({ kind: 'keys' });
      sendJson(ctx, 200, { deleted: p.id });
    },
    { summary: 'Delete a key for good (its usage rows stay in the log)' },
  );
}

async function keysPayload(admin: AdminConsole): Promise<Record<string, unknown>> {
  const rt = admin.runtime;
  const config = rt.state().config;
  const stored = rt.store ? await rt.store.listKeys() : [];
  const fromFile = config.server.keys.map((k) => ({
    id: k.id,
    name: k.name ?? null,
    source: 'config',
    prefix: null,
    models: k.models ?? null,
    rpm: k.rpm ?? null,
    tpm: k.tpm ?? null,
    budget_usd: k.budgetUsd ?? null,
    spent_usd: rt.spend.get(k.id),
    expires_at: k.expiresAt ?? null,
    enabled: k.enabled,
    created_at: null,
  }));
  return {
    persistent: rt.store !== undefined,
    defaults: { rpm: config.limits.perKey.rpm ?? null, tpm: config.limits.perKey.tpm ?? null },
    auth: { master_key: Boolean(config.server.masterKey) },
    keys: [...fromFile, ...stored.filter((k) => !fromFile.some((f) => f.id === k.id)).map((k) => view(k, rt.spend.get(k.id)))],
  };
}

function view(k: StoredGatewayKey, spent: number): Record<string, unknown> {
  return {
    id: k.id,
    name: k.name,
    source: 'store',
    prefix: k.key_prefix,
    models: k.models,
    rpm: k.rpm,
    tpm: k.tpm,
    budget_usd: k.budget_usd,
    spent_usd: spent,
    expires_at: k.expires_at,
    enabled: k.enabled,
    created_at: k.created_at,
  };
}

function requireStore(admin: AdminConsole): NonNullable<AdminConsole['runtime']['store']> {
  const store = admin.runtime.store;
  if (!store) throw adminError(409, 'no_store', 'gateway keys need a store (SQLite or Postgres); this gateway runs without persistence');
  return store;
}

function assertNotConfigKey(admin: AdminConsole, id: string): void {
  if (admin.runtime.state().config.server.keys.some((k) => k.id === id)) {
    throw adminError(409, 'config_key', `key "${id}" is defined in the config file; change it there`);
  }
}

function parseExpiry(v: string | number | null | undefined): number | null | undefined {
  if (v === undefined || v === null || v === '') return v === '' ? null : v;
  const n = typeof v === 'number' ? v : /^\d+$/.test(v) ? Number(v) : Date.parse(v);
  if (!Number.isFinite(n)) throw adminError(400, 'expires_at', `expires_at: not a date: "${String(v)}"`);
  return n;
}
