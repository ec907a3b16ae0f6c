import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerAdminRoutes } from '../../src/gateway/admin/register-admin-routes.js';
import { buildGatewayConfig } from '../../src/gateway/config/build-gateway-config.js';
import { createGateway, type Gateway } from '../../src/gateway/create-gateway.js';
import { createLogger } from '../../src/gateway/logging/create-logger.js';
import { redisAvailable } from '../../src/resilience/testing/require-redis.js';
import { SqliteGatewayStore } from '../../src/store/sqlite-gateway-store.js';
import type { FakeUpstream } from '../../src/testing/fake-upstream/fake-upstream.js';
import { startFakeUpstream } from '../../src/testing/fake-upstream/start-fake-upstream.js';
import { AdminClient } from './support/admin-client.js';
import { ADMIN_KEY, type AdminFixture, baseConfig, MASTER_KEY, startAdminFixture } from './support/admin-fixture.js';

async function until<T>(what: string, check: () => Promise<T | undefined | false>, ms = 4000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`not in time: ${what}`);
    await new Promise((r) => setTimeout(r, 40));
  }
}

async function activeAnswer(url: string): Promise<string> {
  const res = await fetch(`${url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${MASTER_KEY}` },
    body: JSON.stringify({ messages: [{ role: 'user', content: 'which model' }] }),
  });
  const body = (await res.json()) as { choices?: { message: { content: string } }[] };
  return body.choices?.[0].message.content ?? '';
}

const withRedis = await redisAvailable();

describe.skipIf(!withRedis)('two gateway instances sharing the store and Redis', () => {
  let fake: FakeUpstream;
  let dir: string;
  let a: AdminFixture;
  let b: AdminFixture;
  let ca: AdminClient;
  let cb: AdminClient;

  beforeAll(async () => {
    fake = await startFakeUpstream();
    dir = mkdtempSync(join(tmpdir(), 'stable-llm-admin-multi-'));
    const config = (url: string) => baseConfig(url, { stores: { redis_url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' } });
    a = await startAdminFixture({ fake, dir, config });
    b = await startAdminFixture({ fake, dir, config });
    ca = await AdminClient.login(a.url, ADMIN_KEY);
    cb = await AdminClient.login(b.url, ADMIN_KEY);
    expect((await ca.get<{ multi_instance: { redis: boolean } }>('/admin/api/session')).multi_instance.redis).toBe(true);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await fake?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a model added on one instance is served by the other within moments', async () => {
    await ca.json('PUT', '/admin/api/models/openai/gpt-4.1-mini', { endpoints: ['oa'] });
    const started = Date.now();
    await until('model on B', async () =>
      (await cb.get<{ targets: string[] }>('/admin/api/models')).targets.includes('openai/gpt-4.1-mini'),
    );
    expect(Date.now() - started).toBeLessThan(1500);
    const res = await fetch(`${b.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${MASTER_KEY}` },
      body: JSON.stringify({ model: 'gpt-4.1-mini', messages: [{ role: 'user', content: 'x' }] }),
    });
    expect(res.status).toBe(200);
  });

  it('the active chat model follows on every instance', async () => {
    await ca.json('PUT', '/admin/api/active', { chat: 'anthropic/claude-sonnet-4-5' });
    await until('active on B', async () => (await activeAnswer(b.url)).includes('claude-sonnet-4-5'));
    await cb.json('PUT', '/admin/api/active', { chat: 'openai/gpt-4.1-mini' });
    await until('active on A', async () => (await activeAnswer(a.url)).includes('gpt-4.1-mini'));
  });

  it('a gateway key created on one instance works on the other; revoking it there stops it here', async () => {
    const { key, record } = await ca.json<{ key: string; record: { id: string } }>('POST', '/admin/api/keys', { name: 'shared' });
    const call = (url: string) =>
      fetch(`${url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ model: 'openai/gpt-4o', messages: [{ role: 'user', content: 'x' }] }),
      });
    await until('key accepted on B', async () => (await call(b.url)).status === 200);
    await cb.json('PATCH', `/admin/api/keys/${record.id}`, { enabled: false });
    await until('key refused on A', async () => (await call(a.url)).status === 401);
  });
});

describe('two instances without Redis converge by polling the shared store', () => {
  let fake: FakeUpstream;
  let dir: string;
  const gateways: Gateway[] = [];
  const urls: string[] = [];

  beforeAll(async () => {
    fake = await startFakeUpstream();
    dir = mkdtempSync(join(tmpdir(), 'stable-llm-admin-poll-'));
    for (let i = 0; i < 2; i++) {
      const store = await SqliteGatewayStore.open(join(dir, 'shared.db'));
      const gw = await createGateway({
        config: buildGatewayConfig(baseConfig(fake.url), { source: 'object', env: {} }),
        store,
        logger: createLogger({ level: 'silent' }),
        registerRoutes: async (router, runtime) => {
          await registerAdminRoutes(router, runtime, { pollMs: 150, tickMs: 50 });
        },
      });
      gateways.push(gw);
      urls.push((await gw.listen(0, '127.0.0.1')).url);
    }
  });
  afterAll(async () => {
    for (const gw of gateways) await gw.close(500);
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('picks up console changes and gateway keys made on the other instance', async () => {
    const ca = await AdminClient.login(urls[0], ADMIN_KEY);
    const cb = await AdminClient.login(urls[1], ADMIN_KEY);
    await ca.json('POST', '/admin/api/endpoints', {
      id: 'ds',
      api_base: `${fake.url}/v1`,
      keys: [{ key: 'sk-polled-key-00000000000000000001' }],
    });
    await ca.json('PUT', '/admin/api/models/deepseek/deepseek-chat', { endpoints: ['ds'] });
    await ca.json('PUT', '/admin/api/active', { chat: 'deepseek/deepseek-chat' });
    await until('B has the model and the active model', async () => (await activeAnswer(urls[1])).includes('deepseek-chat'));
    expect(fake.requests.at(-1)?.apiKey).toBe('sk-polled-key-00000000000000000001');
    const { key } = await cb.json<{ key: string }>('POST', '/admin/api/keys', { name: 'polled' });
    await until('A accepts the key', async () => {
      const r = await fetch(`${urls[0]}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ messages: [{ role: 'user', content: 'x' }] }),
      });
      return r.status === 200;
    });
  });
});
