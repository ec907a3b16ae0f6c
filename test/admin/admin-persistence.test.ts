import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { registerAdminRoutes } from '../../src/gateway/admin/register-admin-routes.js';
import { buildGatewayConfig } from '../../src/gateway/config/build-gateway-config.js';
import { createGateway } from '../../src/gateway/create-gateway.js';
import { createLogger } from '../../src/gateway/logging/create-logger.js';
import { MemoryGatewayStore } from '../../src/store/memory-gateway-store.js';
import { AdminClient } from './support/admin-client.js';
import { ADMIN_KEY, type AdminFixture, baseConfig, MASTER_KEY, startAdminFixture } from './support/admin-fixture.js';

interface ModelsView {
  targets: string[];
  active: { chat?: string; vision?: string };
  backends: { name: string; models: { name: string; source: string; resolved: { context_length: number | null } }[] }[];
}

describe('admin console persistence: file + console overlay', () => {
  let f: AdminFixture;
  let c: AdminClient;
  const fileConfig = (): Record<string, unknown> => baseConfig(f.fake.url);

  beforeAll(async () => {
    f = await startAdminFixture();
    c = await AdminClient.login(f.url, ADMIN_KEY);
  });
  afterAll(() => f.close());

  it('keeps console changes (models, endpoints, keys, active models, gateway keys) across a restart', async () => {
    await c.json('POST', '/admin/api/endpoints', {
      id: 'ds',
      api_base: `${f.fake.url}/v1`,
      keys: [{ key: 'sk-console-ds-key-0000000000000001' }],
    });
    await c.json('PUT', '/admin/api/models/deepseek/deepseek-chat', { endpoints: ['ds'] });
    await c.json('DELETE', '/admin/api/models/openai/gpt-4o-mini');
    await c.json('PUT', '/admin/api/active', { chat: 'deepseek/deepseek-chat' });
    const { key } = await c.json<{ key: string }>('POST', '/admin/api/keys', { name: 'persisted' });

    await f.restart();
    c = await AdminClient.login(f.url, ADMIN_KEY);
    const models = await c.get<ModelsView>('/admin/api/models');
    expect(models.targets).toContain('deepseek/deepseek-chat');
    expect(models.targets).not.toContain('openai/gpt-4o-mini');
    expect(models.active.chat).toBe('deepseek/deepseek-chat');
    const res = await fetch(`${f.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ messages: [{ role: 'user', content: 'after restart' }] }),
    });
    expect(res.status).toBe(200);
    expect(f.fake.requests.at(-1)?.apiKey).toBe('sk-console-ds-key-0000000000000001');
  });

  it('a file reload keeps console changes on top, and file edits to untouched parts flow through', async () => {
    await c.json('PUT', '/admin/api/models/anthropic/claude-sonnet-4-5', { endpoints: ['an'], context_length: 200000 });
    const cfg = fileConfig();
    const backends = cfg.backends as Record<string, { models: Record<string, unknown> }>;
    backends.openai.models['gpt-4.1'] = { endpoints: ['oa'] };
    backends.anthropic.models['claude-sonnet-4-5'] = { endpoints: ['an'], max_output_tokens: 2048 };
    f.writeConfig(cfg);
    const reload = await c.json<{ ok: boolean }>('POST', '/admin/api/config/reload', {});
    expect(reload.ok).toBe(true);
    const models = await c.get<ModelsView>('/admin/api/models');
    expect(models.targets).toContain('openai/gpt-4.1'); // file addition
    expect(models.targets).toContain('deepseek/deepseek-chat'); // console addition survives
    expect(models.targets).not.toContain('openai/gpt-4o-mini'); // console deletion survives
    const claude = models.backends.find((b) => b.name === 'anthropic')?.models[0];
    expect(claude).toMatchObject({ source: 'file+console', resolved: { context_length: 200000 } }); // console edit wins for that model
  });

  it('also re-merges when the gateway reloads the file by itself (watcher / SIGHUP path)', async () => {
    const cfg = fileConfig();
    (cfg.routes as Record<string, unknown>).fast = ['openai/gpt-4o'];
    f.writeConfig(cfg);
    const result = await f.gateway.reload();
    expect(result.ok).toBe(true);
    const models = await c.get<ModelsView & { routes: { name: string }[] }>('/admin/api/models');
    expect(models.routes.map((r) => r.name)).toContain('fast');
    expect(models.targets).toContain('deepseek/deepseek-chat');
    const r = await fetch(`${f.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${MASTER_KEY}` },
      body: JSON.stringify({ model: 'deepseek-chat', messages: [{ role: 'user', content: 'x' }] }),
    });
    expect(r.status).toBe(200);
  });

  it('exports the merged YAML with secrets masked, and importing it back changes nothing', async () => {
    const res = await c.raw('GET', '/admin/api/config/export');
    expect(res.headers.get('content-type')).toContain('yaml');
    expect(res.headers.get('content-disposition')).toContain('stable-llm.yaml');
    const text = await res.text();
    expect(text).not.toContain('sk-console-ds-key-0000000000000001');
    expect(text).not.toContain(ADMIN_KEY);
    const doc = parseYaml(text) as {
      endpoints: { id: string; api_keys: { id: string; key: string }[] }[];
      backends: Record<string, { models: Record<string, unknown> }>;
      active: Record<string, string>;
    };
    expect(doc.endpoints.find((e) => e.id === 'ds')?.api_keys).toEqual([{ id: 'ds#c1', key: 'sk-con…0001' }]);
    expect(Object.keys(doc.backends.deepseek.models)).toEqual(['deepseek-chat']);
    expect(doc.active.chat).toBe('deepseek/deepseek-chat');
    const before = (await c.get<{ overlay: unknown }>('/admin/api/config')).overlay as Record<string, unknown>;
    const result = await c.json<{ applied: string[]; ignored: string[] }>('POST', '/admin/api/config/import', { yaml: text });
    expect(result.applied).toEqual(['endpoints', 'backends', 'routes', 'active']);
    expect(result.ignored).toEqual(['server', 'stores']);
    const after = (await c.get<{ overlay: unknown }>('/admin/api/config')).overlay as Record<string, unknown>;
    expect({ ...after, revision: 0, updated_at: 0 }).toEqual({ ...before, revision: 0, updated_at: 0 });
    // Keys still work: the masked key in the import kept the real one.
    const r = await fetch(`${f.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${MASTER_KEY}` },
      body: JSON.stringify({ model: 'deepseek-chat', messages: [{ role: 'user', content: 'x' }] }),
    });
    expect(r.status).toBe(200);
    expect(f.fake.requests.at(-1)?.apiKey).toBe('sk-console-ds-key-0000000000000001');
  });

  it('imports an edited document (a new route); bad YAML and invalid fields are 400s naming the path', async () => {
    const text = await (await c.raw('GET', '/admin/api/config/export')).text();
    const doc = parseYaml(text) as Record<string, unknown>;
    (doc.routes as Record<string, unknown>).imported = ['deepseek/deepseek-chat', 'openai/gpt-4o'];
    const r = await c.json<{ applied: string[] }>('POST', '/admin/api/config/import', { yaml: JSON.stringify({ routes: doc.routes }) });
    expect(r.applied).toEqual(['routes']);
    const models = await c.get<{ routes: { name: string; source: string }[] }>('/admin/api/models');
    expect(models.routes.find((x) => x.name === 'imported')?.source).toBe('console');
    const bad = await c.raw('POST', '/admin/api/config/import', { yaml: 'endpoints: [ {id: x, api_base: nope' });
    expect(bad.status).toBe(400);
    const invalid = await c.raw('POST', '/admin/api/config/import', { yaml: 'endpoints:\n  - id: x\n    api_base: not-a-url\n' });
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { error: { issues: { path: string }[] } }).error.issues[0].path).toBe('endpoints[0].api_base');
  });

  it('shows the console changes and can discard them all (back to the file)', async () => {
    const cfg = await c.get<{ overlay: { endpoints: { id: string; change: string }[]; models: { id: string; change: string }[] } }>(
      '/admin/api/config',
    );
    expect(cfg.overlay.endpoints).toContainEqual({ id: 'ds', change: 'added' });
    expect(cfg.overlay.models).toContainEqual({ id: 'openai/gpt-4o-mini', change: 'deleted' });
    const discarded = await c.json<{ active_cleared: string[] }>('DELETE', '/admin/api/config/overlay');
    // The active chat model was a console model: it is cleared rather than left pointing nowhere.
    expect(discarded.active_cleared).toEqual(['chat: deepseek/deepseek-chat']);
    const models = await c.get<ModelsView>('/admin/api/models');
    expect(models.active).toEqual({});
    expect(models.targets).toContain('openai/gpt-4o-mini');
    expect(models.targets).not.toContain('deepseek/deepseek-chat');
    const after = await c.get<{ overlay: { endpoints: unknown[]; models: unknown[]; routes: unknown[] } }>('/admin/api/config');
    expect(after.overlay).toMatchObject({ endpoints: [], models: [], routes: [] });
  });
});

describe('admin console mounted with registerAdminRoutes only (no withAdminConsole)', () => {
  it('still puts console changes back on top after a file reload, within a tick', async () => {
    let fileModels: Record<string, unknown> = { 'gpt-4o': { endpoints: ['oa'] } };
    const load = () =>
      buildGatewayConfig(baseConfig('http://127.0.0.1:9', { backends: { openai: { models: fileModels } } }), { source: 'object', env: {} });
    const gw = await createGateway({
      config: load(),
      loadConfig: load,
      store: new MemoryGatewayStore(),
      logger: createLogger({ level: 'silent' }),
      registerRoutes: async (router, runtime) => {
        await registerAdminRoutes(router, runtime, { tickMs: 30 });
      },
    });
    const { url } = await gw.listen(0, '127.0.0.1');
    try {
      const c = await AdminClient.login(url, ADMIN_KEY);
      await c.json('PUT', '/admin/api/models/openai/console-model', { endpoints: ['oa'] });
      fileModels = { 'gpt-4o': { endpoints: ['oa'] }, 'file-model': { endpoints: ['oa'] } };
      await gw.reload();
      const end = Date.now() + 2000;
      let names: string[] = [];
      while (Date.now() < end) {
        names = Object.keys(gw.state().config.settings.backends.openai?.models ?? {});
        if (names.includes('console-model') && names.includes('file-model')) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(names).toEqual(expect.arrayContaining(['gpt-4o', 'file-model', 'console-model']));
    } finally {
      await gw.close(500);
    }
  });
});
