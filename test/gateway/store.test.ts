import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatewayStore } from '../../src/store/gateway-store.js';
import { MemoryGatewayStore } from '../../src/store/memory-gateway-store.js';
import { openGatewayStore } from '../../src/store/open-gateway-store.js';
import type { UsageRow } from '../../src/store/usage-row.js';
import { postgresUrl } from './support/services.js';

function row(over: Partial<UsageRow>): UsageRow {
  return {
    ts: Date.UTC(2026, 0, 1, 10, 0, 0),
    request_id: `r-${Math.random().toString(36).slice(2)}`,
    key_id: 'team',
    endpoint: '/v1/chat/completions',
    route: 'smart',
    backend: 'openai',
    model: 'gpt-4o',
    target: 'openai/gpt-4o',
    status: 200,
    error_kind: null,
    stream: false,
    prompt_tokens: 10,
    completion_tokens: 5,
    total_tokens: 15,
    cost_usd: 0.01,
    latency_ms: 120.5,
    ttft_ms: null,
    attempts: 1,
    attempts_json: JSON.stringify([{ target: 'openai/gpt-4o', outcome: 'success' }]),
    ...over,
  };
}

/** One conformance suite, run against every store. */
function storeSuite(name: string, open: () => Promise<GatewayStore | undefined>): void {
  describe(`${name} store`, () => {
    let store: GatewayStore | undefined;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
    });

    it('inserts usage in batches and queries with filters, order and pagination', async (ctx) => {
      if (!store) return ctx.skip();
      const h = 3_600_000;
      const t0 = Date.UTC(2026, 0, 1, 10, 0, 0);
      const rows = [
        row({ ts: t0, key_id: 'team', cost_usd: 0.01 }),
        row({
          ts: t0 + 1000,
          key_id: 'team',
          status: 429,
          error_kind: 'rate_limit',
          backend: 'anthropic',
          model: 'claude',
          target: 'anthropic/claude',
          cost_usd: 0,
          stream: true,
          ttft_ms: 80,
        }),
        row({ ts: t0 + h, key_id: 'other', cost_usd: 0.5 }),
        row({ ts: t0 + 2 * h, key_id: null, route: null, cost_usd: 0.02 }),
      ];
      await store.insertUsage(rows);
      await store.insertUsage(Array.from({ length: 600 }, (_, i) => row({ ts: t0 + 3 * h + i, key_id: 'bulk', cost_usd: 0.001 })));
      const all = await store.queryUsage({ limit: 5 });
      expect(all.total).toBe(604);
      expect(all.rows).toHaveLength(5);
      expect(all.rows[0].ts).toBeGreaterThanOrEqual(all.rows[1].ts);
      const team = await store.queryUsage({ keyId: 'team' });
      expect(team.total).toBe(2);
      expect(team.rows[0]).toMatchObject({ status: 429, stream: true, ttft_ms: 80, error_kind: 'rate_limit' });
      expect(team.rows[1]).toEqual(rows[0]);
      expect((await store.queryUsage({ status: 'error' })).total).toBe(1);
      expect((await store.queryUsage({ model: 'anthropic/claude' })).total).toBe(1);
      expect((await store.queryUsage({ since: t0 + h, until: t0 + 2 * h + 1 })).total).toBe(2);
      const page2 = await store.queryUsage({ keyId: 'bulk', limit: 100, offset: 100 });
      expect(page2.rows).toHaveLength(100);
      expect(page2.rows[0].ts).toBe(t0 + 3 * h + 499);
      expect((await store.queryUsage({ requestId: rows[2].request_id })).rows[0].key_id).toBe('other');
    });

    it('summarises and sums spend per key', async (ctx) => {
      if (!store) return ctx.skip();
      const byKey = await store.summarizeUsage('key');
      expect(byKey[0]).toMatchObject({ group: 'bulk', requests: 600 });
      const team = byKey.find((r) => r.group === 'team');
      expect(team).toMatchObject({ requests: 2, errors: 1, prompt_tokens: 20, completion_tokens: 10 });
      const byHour = await store.summarizeUsage('hour', { keyId: 'team' });
      expect(byHour).toEqual([expect.objectContaining({ group: '2026-01-01T10:00:00.000Z', requests: 2 })]);
      const spend = await store.spendByKey();
      expect(spend.get('team')).toBeCloseTo(0.01);
      expect(spend.get('other')).toBeCloseTo(0.5);
      expect(spend.get('bulk')).toBeCloseTo(0.6);
      expect(spend.has('null')).toBe(false);
    });

    it('creates, lists, updates and deletes gateway keys (hash only, plaintext once)', async (ctx) => {
      if (!store) return ctx.skip();
      const { key, record } = await store.createKey({ name: 'ci', models: ['openai/*'], rpm: 60, budget_usd: 5 });
      expect(key).toMatch(/^sk-sllm-/);
      expect(record.key_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(await store.listKeys())).not.toContain(key);
      await expect(store.createKey({ id: record.id })).rejects.toThrow(/already exists/);
      await expect(store.createKey({ key })).rejects.toThrow(/already exists/);
      await expect(store.createKey({ rpm: -1 })).rejects.toThrow(/rpm/);
      const updated = await store.updateKey(record.id, { enabled: false, models: null, tpm: 1000 });
      expect(updated).toMatchObject({ enabled: false, models: null, tpm: 1000, rpm: 60, name: 'ci' });
      expect(await store.updateKey('missing', { enabled: true })).toBeUndefined();
      expect((await store.listKeys()).map((k) => k.id)).toContain(record.id);
      expect(await store.deleteKey(record.id)).toBe(true);
      expect(await store.deleteKey(record.id)).toBe(false);
    });

    it('keeps small named values', async (ctx) => {
      if (!store) return ctx.skip();
      expect(await store.getValue('active_models')).toBeUndefined();
      await store.setValue('active_models', '{"chat":"a"}');
      await store.setValue('active_models', '{"chat":"b"}');
      expect(await store.getValue('active_models')).toBe('{"chat":"b"}');
    });
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stable-llm-store-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

storeSuite('memory', async () => new MemoryGatewayStore());
storeSuite('sqlite', async () => openGatewayStore({ sqlitePath: join(dir, 'nested', 'usage.db') }));
const pgSchema = `sllm_test_${process.pid}_${Date.now().toString(36)}`;
let pgUrl: string | undefined;
storeSuite('postgres', async () => {
  pgUrl = await postgresUrl();
  return pgUrl ? openGatewayStore({ sqlitePath: '', databaseUrl: pgUrl, postgresSchema: pgSchema }) : undefined;
});
afterAll(async () => {
  if (!pgUrl) return;
  const pg = await import('pg');
  const c = new pg.default.Client({ connectionString: pgUrl });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS "${pgSchema}" CASCADE`);
  await c.end();
});
