import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AdminClient } from './support/admin-client.js';
import { ADMIN_KEY, type AdminFixture, MASTER_KEY, startAdminFixture } from './support/admin-fixture.js';
import { makePng } from './support/make-png.js';

const FILE_SECRETS = ['sk-file-openai-key-aaaaaaaaaaaa0001', 'sk-file-openai-key-bbbbbbbbbbbb0002', 'sk-ant-file-key-cccccccccccccc0003'];
const CONSOLE_KEY = 'sk-console-added-key-eeeeeeeeeeee0005';

interface Endpoints {
  endpoints: {
    id: string;
    source: string;
    keys: { id: string; masked: string; source: string; enabled: boolean; live: { state: string } | null }[];
    used_by: string[];
  }[];
}

describe('admin API: providers, models, routes and active models, applied live', () => {
  let f: AdminFixture;
  let c: AdminClient;

  const chat = async (
    body: Record<string, unknown>,
  ): Promise<{ status: number; json: { choices?: { message: { content: string } }[]; error?: { message: string } } }> => {
    const res = await fetch(`${f.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${MASTER_KEY}` },
      body: JSON.stringify(body),
    });
    return { status: res.status, json: (await res.json()) as never };
  };

  beforeAll(async () => {
    f = await startAdminFixture();
    c = await AdminClient.login(f.url, ADMIN_KEY);
  });
  afterAll(() => f.close());
  beforeEach(() => f.fake.reset());

  it('adds an endpoint and a model on it; the gateway serves the new model at once', async () => {
    const created = await c.json<Endpoints>('POST', '/admin/api/endpoints', {
      id: 'ds',
      api_base: `${f.fake.url}/v1`,
      keys: [{ key: CONSOLE_KEY }],
      rpm: 600,
    });
    const ep = created.endpoints.find((e) => e.id === 'ds');
    expect(ep).toMatchObject({ source: 'console', keys: [{ id: 'ds#c1', masked: 'sk-con…0005', source: 'console', enabled: true }] });
    await c.json('PUT', '/admin/api/models/deepseek/deepseek-chat', { endpoints: ['ds'], context_length: 65536, aliases: ['ds-chat'] });
    const res = await chat({ model: 'ds-chat', messages: [{ role: 'user', content: 'hi' }] });
    expect(res.status).toBe(200);
    expect(res.json.choices?.[0].message.content).toContain('Hello from deepseek-chat');
    expect(f.fake.requests.at(-1)?.apiKey).toBe(CONSOLE_KEY);
  });

  it('never returns a secret: keys are masked in every admin answer', async () => {
    for (const path of [
      '/admin/api/providers',
      '/admin/api/models',
      '/admin/api/overview',
      '/admin/api/config',
      '/admin/api/config/export',
      '/admin/api/session',
    ]) {
      const text = await (await c.raw('GET', path)).text();
      for (const s of [...FILE_SECRETS, CONSOLE_KEY, ADMIN_KEY, MASTER_KEY]) expect(text, `${path} leaks a secret`).not.toContain(s);
    }
  });

  it('stores console changes as a diff in the store: console secrets yes, file secrets never', async () => {
    await c.json('PATCH', '/admin/api/endpoints/oa/keys/oa-spare', { enabled: false });
    const db = new Database(join(f.dir, 'data.db'), { readonly: true });
    const row = db.prepare("SELECT value FROM kv WHERE name = 'admin_overlay'").get() as { value: string };
    db.close();
    expect(row.value).toContain(CONSOLE_KEY);
    for (const s of FILE_SECRETS) expect(row.value).not.toContain(s);
    expect(JSON.parse(row.value).endpoints.oa).toEqual({ keys: { patch: { 'oa-spare': { enabled: false } } } });
  });

  it('adds, disables, re-enables and removes upstream keys', async () => {
    let p = await c.json<Endpoints>('POST', '/admin/api/endpoints/oa/keys', {
      key: 'sk-third-openai-key-ffffffffffff0006',
      id: 'oa-third',
    });
    expect(p.endpoints.find((e) => e.id === 'oa')?.keys.map((k) => [k.id, k.source, k.enabled])).toEqual([
      ['oa-main', 'file', true],
      ['oa-spare', 'file', false],
      ['oa-third', 'console', true],
    ]);
    // Requests only use enabled keys.
    for (let i = 0; i < 4; i++)
      expect((await chat({ model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: `k${i}` }] })).status).toBe(200);
    expect(new Set(f.fake.requests.map((r) => r.apiKey))).toEqual(
      new Set(['sk-file-openai-key-aaaaaaaaaaaa0001', 'sk-third-openai-key-ffffffffffff0006']),
    );
    p = await c.json<Endpoints>('PATCH', '/admin/api/endpoints/oa/keys/oa-spare', { enabled: true });
    expect(p.endpoints.find((e) => e.id === 'oa')?.keys.find((k) => k.id === 'oa-spare')?.enabled).toBe(true);
    p = await c.json<Endpoints>('DELETE', '/admin/api/endpoints/oa/keys/oa-third');
    expect(p.endpoints.find((e) => e.id === 'oa')?.keys.map((k) => k.id)).toEqual(['oa-main', 'oa-spare']);
    expect((await c.raw('DELETE', '/admin/api/endpoints/oa/keys/nope')).status).toBe(404);
  });

  it('re-enables a key the pool disabled after an auth error, live', async () => {
    f.fake.addRule({ match: { apiKey: 'sk-ant-file-key-cccccccccccccc0003' }, times: 1, error: 'auth' });
    await chat({ model: 'anthropic/claude-sonnet-4-5', messages: [{ role: 'user', content: 'x' }] });
    let p = await c.get<Endpoints>('/admin/api/providers');
    expect(p.endpoints.find((e) => e.id === 'an')?.keys[0].live?.state).toBe('disabled');
    p = await c.json<Endpoints>('PATCH', '/admin/api/endpoints/an/keys/an%231', { enabled: true });
    expect(p.endpoints.find((e) => e.id === 'an')?.keys[0].live?.state).toBe('active');
    expect((await chat({ model: 'anthropic/claude-sonnet-4-5', messages: [{ role: 'user', content: 'y' }] })).status).toBe(200);
  });

  it('tests a connection: latency on success, the classified error on failure', async () => {
    const ok = await c.json<{ ok: boolean; latency_ms: number; key_id: string; reply: { content: string } }>(
      'POST',
      '/admin/api/endpoints/oa/test',
      { target: 'openai/gpt-4o', key_id: 'oa-main' },
    );
    expect(ok).toMatchObject({ ok: true, key_id: 'oa-main' });
    expect(ok.latency_ms).toBeGreaterThan(0);
    expect(ok.reply.content).toContain('pong');
    f.fake.addRule({ match: { apiKey: 'sk-file-openai-key-bbbbbbbbbbbb0002' }, error: 'quota' });
    const bad = await c.json<{ ok: boolean; error: { kind: string; status: number; message: string } }>(
      'POST',
      '/admin/api/endpoints/oa/test',
      { target: 'openai/gpt-4o', key_id: 'oa-spare' },
    );
    expect(bad.ok).toBe(false);
    expect(bad.error.kind).toBe('quota_exhausted');
    expect(bad.error.status).toBe(429);
    expect(bad.error.message).not.toContain('sk-file-openai-key-bbbbbbbbbbbb0002');
    const custom = await c.json<{ ok: boolean; model: string }>('POST', '/admin/api/endpoints/an/test', {
      backend: 'anthropic',
      model: 'claude-haiku-4-5',
    });
    expect(custom).toMatchObject({ ok: true, model: 'claude-haiku-4-5' });
    expect(f.fake.requests.at(-1)?.protocol).toBe('anthropic');
  });

  it('keeps masked header secrets when an edit sends back what the console showed', async () => {
    await c.json('POST', '/admin/api/endpoints', {
      id: 'hdr',
      api_base: `${f.fake.url}/v1`,
      headers: { 'x-api-token': 'tok-secret-00000000000000001', 'x-org': 'acme' },
      keys: [{ key: 'sk-hdr-key-000000000000000000001' }],
    });
    await c.json('PUT', '/admin/api/models/openai/hdr-model', { endpoints: ['hdr'] });
    const view = (
      await c.get<{ endpoints: { id: string; api_base: string; headers: Record<string, string> }[] }>('/admin/api/providers')
    ).endpoints.find((e) => e.id === 'hdr');
    expect(view?.headers).toEqual({ 'x-api-token': 'tok…0001', 'x-org': 'acme' });
    await c.json('PUT', '/admin/api/endpoints/hdr', { api_base: view?.api_base, headers: view?.headers, rpm: 50 });
    expect((await chat({ model: 'openai/hdr-model', messages: [{ role: 'user', content: 'h' }] })).status).toBe(200);
    expect(f.fake.requests.at(-1)?.headers['x-api-token']).toBe('tok-secret-00000000000000001');
    await c.json('DELETE', '/admin/api/models/openai/hdr-model');
    await c.json('DELETE', '/admin/api/endpoints/hdr');
  });

  it('validates edits and names the field; a bad edit changes nothing', async () => {
    const badModel = await c.raw('PUT', '/admin/api/models/openai/broken', { endpoints: ['missing-endpoint'] });
    expect(badModel.status).toBe(400);
    const body = (await badModel.json()) as { error: { code: string; message: string; issues: { path: string }[] } };
    expect(body.error.code).toBe('invalid_config');
    expect(body.error.issues[0].path).toBe('backends.openai.models.broken.endpoints[0]');
    const inUse = await c.raw('DELETE', '/admin/api/endpoints/oa');
    expect(inUse.status).toBe(400);
    expect(((await inUse.json()) as { error: { message: string } }).error.message).toBe(
      'endpoint "oa" is used by openai/gpt-4o, openai/gpt-4o-mini; change or delete those models first',
    );
    const badBody = await c.raw('POST', '/admin/api/endpoints', { id: 'bad id', api_base: 'not a url' });
    expect(badBody.status).toBe(400);
    const models = await c.get<{ targets: string[] }>('/admin/api/models');
    expect(models.targets).not.toContain('openai/broken');
  });

  it('edits a file model and a route, deletes them, and reports where each comes from', async () => {
    let m = await c.json<{
      backends: { name: string; models: { name: string; source: string; resolved: { context_length: number | null } }[] }[];
    }>('PUT', '/admin/api/models/openai/gpt-4o', {
      endpoints: ['oa'],
      native_multimodal: true,
      context_length: 128000,
    });
    const gpt = m.backends.find((b) => b.name === 'openai')?.models.find((x) => x.name === 'gpt-4o');
    expect(gpt).toMatchObject({ source: 'file+console', resolved: { context_length: 128000 } });
    const r = await c.json<{ routes: { name: string; strategy: string; source: string; targets: { target: string; weight: number }[] }[] }>(
      'PUT',
      '/admin/api/routes/cheap',
      {
        strategy: 'weighted',
        targets: [{ target: 'openai/gpt-4o-mini', weight: 3 }, 'anthropic/claude-sonnet-4-5'],
      },
    );
    expect(r.routes.find((x) => x.name === 'cheap')).toMatchObject({
      strategy: 'weighted',
      source: 'console',
      targets: [
        { target: 'openai/gpt-4o-mini', weight: 3 },
        { target: 'anthropic/claude-sonnet-4-5', weight: 1 },
      ],
    });
    expect((await chat({ model: 'cheap', messages: [{ role: 'user', content: 'route' }] })).status).toBe(200);
    await c.json('DELETE', '/admin/api/routes/smart');
    expect((await chat({ model: 'smart', messages: [{ role: 'user', content: 'gone' }] })).status).toBe(404);
    m = await c.json('DELETE', '/admin/api/models/openai/gpt-4o-mini');
    expect(m.backends.find((b) => b.name === 'openai')?.models.map((x) => x.name)).not.toContain('gpt-4o-mini');
  });

  it('switches the active chat and vision models; requests that name no model follow them', async () => {
    const res = await c.json<{ active: { chat: string; vision: string }; warnings: string[] }>('PUT', '/admin/api/active', {
      chat: 'anthropic/claude-sonnet-4-5',
      vision: 'openai/gpt-4o',
    });
    expect(res.active).toEqual({ chat: 'anthropic/claude-sonnet-4-5', vision: 'openai/gpt-4o' });
    expect(res.warnings).toEqual([]);
    const r = await chat({ messages: [{ role: 'user', content: 'no model named' }] });
    expect(r.json.choices?.[0].message.content).toContain('Hello from claude-sonnet-4-5');
    const form = new FormData();
    form.append('image', new Blob([new Uint8Array(makePng())], { type: 'image/png' }), 'a.png');
    form.append('prompt', 'what is this');
    const v = await fetch(`${f.url}/api/v1/vision/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${MASTER_KEY}` },
      body: form,
    });
    expect(v.status).toBe(200);
    expect(f.fake.requests.at(-1)?.model).toBe('gpt-4o');
    const busy = await c.raw('DELETE', '/admin/api/models/openai/gpt-4o');
    expect(busy.status).toBe(409);
    expect(((await busy.json()) as { error: { message: string } }).error.message).toMatch(/is the active vision model/);
    const warn = await c.json<{ warnings: string[] }>('PUT', '/admin/api/active', { vision: 'anthropic/claude-sonnet-4-5' });
    expect(warn.warnings[0]).toMatch(/native_multimodal/);
    const unknown = await c.raw('PUT', '/admin/api/active', { chat: 'nope/model' });
    expect(unknown.status).toBe(400);
    await c.json('PUT', '/admin/api/active', { chat: null, vision: null });
    expect((await c.get<{ active: Record<string, string> }>('/admin/api/models')).active).toEqual({});
  });
});
