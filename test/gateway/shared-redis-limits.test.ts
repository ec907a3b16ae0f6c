import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGatewayStore } from '../../src/store/open-gateway-store.js';
import type { FakeUpstream } from '../../src/testing/fake-upstream/fake-upstream.js';
import { startFakeUpstream } from '../../src/testing/fake-upstream/start-fake-upstream.js';
import { postgresUrl, redisAvailable } from './support/services.js';
import { type ChildGateway, spawnGateway } from './support/spawn-gateway.js';
import { upstreamConfig } from './support/upstream-config.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const hasRedis = await redisAvailable(REDIS_URL);
const pgUrl = hasRedis ? await postgresUrl() : undefined;
const run = `${process.pid}_${Date.now().toString(36)}`;
const schema = `sllm_gw_${run}`;

let fake: FakeUpstream;
const children: ChildGateway[] = [];

describe.skipIf(!hasRedis)('two gateway processes, one Redis', () => {
  beforeAll(async () => {
    fake = await startFakeUpstream();
    const config = upstreamConfig(fake.url, {
      server: { log_level: 'warn', keys: [{ id: 'shared', key: 'shared-key-0000000000001', rpm: 5 }] },
      stores: {
        redis_url: REDIS_URL,
        redis_prefix: `stable-llm-test:${run}:`,
        ...(pgUrl ? { database_url: pgUrl } : {}),
        flush_interval_ms: 100,
      },
    });
    const options = {
      config,
      host: '127.0.0.1',
      port: 0,
      watch: false,
      postgresSchema: schema,
      storeKind: pgUrl ? ('auto' as const) : ('memory' as const),
      env: {},
    };
    children.push(await spawnGateway(options), await spawnGateway(options));
  }, 30_000);
  afterAll(async () => {
    for (const c of children) {
      c.kill('SIGTERM');
      await c.exited;
    }
    await fake?.close();
    if (pgUrl) {
      const pg = await import('pg');
      const client = new pg.default.Client({ connectionString: pgUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    }
  });

  it('holds a per-key RPM limit exactly across both processes', async () => {
    const requests = Array.from({ length: 14 }, (_, i) =>
      fetch(`${children[i % 2].url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer shared-key-0000000000001' },
        body: JSON.stringify({ model: 'openai/gpt-4o', messages: [{ role: 'user', content: `n${i}` }] }),
      }),
    );
    const statuses = (await Promise.all(requests)).map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(9);
    expect(fake.requests).toHaveLength(5);
  });

  it.skipIf(!pgUrl)('both processes log usage to the same Postgres', async () => {
    // Flush happens every 100 ms; SIGTERM (afterAll) would flush too, but check while running.
    await new Promise((r) => setTimeout(r, 400));
    const store = await openGatewayStore({ sqlitePath: '', databaseUrl: pgUrl, postgresSchema: schema });
    try {
      const { total, rows } = await store.queryUsage({ keyId: 'shared', limit: 100 });
      expect(total).toBe(14);
      expect(rows.filter((r) => r.status === 200)).toHaveLength(5);
      expect(rows.filter((r) => r.status === 429)).toHaveLength(9);
      expect(rows.find((r) => r.status === 200)).toMatchObject({ target: 'openai/gpt-4o', backend: 'openai', attempts: 1 });
    } finally {
      await store.close();
    }
  });
});
