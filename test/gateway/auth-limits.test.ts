import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeEngine } from './support/fake-engine.js';
import { type InProcess, inProcessGateway } from './support/in-process-gateway.js';

const MASTER = 'master-key-for-tests-0001';
const TEAM = 'team-key-for-tests-000000002';
const OLD = 'expired-key-for-tests-0000003';
const RICH = 'budget-key-for-tests-0000004';
const FAST = 'rpm-key-for-tests-00000000005';
let g: InProcess;

beforeAll(async () => {
  g = await inProcessGateway(createFakeEngine(), {
    server: {
      log_level: 'silent',
      master_key: MASTER,
      keys: [
        { id: 'team', key: TEAM, models: ['openai/gpt-4o-mini'] },
        { id: 'old', key: OLD, expires_at: '2020-01-01T00:00:00Z' },
        { id: 'rich', key: RICH, budget_usd: 0.005 },
        { id: 'fast', key: FAST, rpm: 3 },
      ],
    },
  });
});
afterAll(() => g.close());

const chat = (model = 'openai/gpt-4o') => ({ model, messages: [{ role: 'user', content: 'hi' }] });
const bearer = (k: string) => ({ authorization: `Bearer ${k}` });

describe('auth', () => {
  it('requires a key on /v1 and /api but not on /health, /docs, /metrics', async () => {
    const r = await g.post('/v1/chat/completions', chat());
    expect(r.status).toBe(401);
    expect(((await r.json()) as { error: { code: string } }).error.code).toBe('missing_api_key');
    expect((await g.post('/v1/chat/completions', chat(), bearer('wrong-key-000000000'))).status).toBe(401);
    expect((await g.post('/api/chat', chat())).status).toBe(401);
    expect((await fetch(`${g.url}/health`)).status).toBe(200);
    expect((await fetch(`${g.url}/docs`)).status).toBe(200);
    expect((await fetch(`${g.url}/metrics`)).status).toBe(200);
    expect((await g.post('/v1/chat/completions', chat(), bearer(MASTER))).status).toBe(200);
  });

  it('SDKs authenticate with Bearer (OpenAI) and x-api-key (Anthropic)', async () => {
    const openai = new OpenAI({ baseURL: `${g.url}/v1`, apiKey: MASTER, maxRetries: 0 });
    expect(
      (await openai.chat.completions.create({ model: 'openai/gpt-4o', messages: [{ role: 'user', content: 'x' }] })).choices[0].message
        .content,
    ).toBe('fake answer');
    const anthropic = new Anthropic({ baseURL: g.url, apiKey: MASTER, maxRetries: 0 });
    expect(
      (await anthropic.messages.create({ model: 'openai/gpt-4o', max_tokens: 10, messages: [{ role: 'user', content: 'x' }] })).content[0],
    ).toMatchObject({ text: 'fake answer' });
    const wrong = new Anthropic({ baseURL: g.url, apiKey: 'nope-nope-nope-nope', maxRetries: 0 });
    await expect(
      wrong.messages.create({ model: 'openai/gpt-4o', max_tokens: 10, messages: [{ role: 'user', content: 'x' }] }),
    ).rejects.toBeInstanceOf(Anthropic.AuthenticationError);
    const wrongOpenai = new OpenAI({ baseURL: `${g.url}/v1`, apiKey: 'nope-nope-nope', maxRetries: 0 });
    await expect(wrongOpenai.models.list()).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
  });

  it('gateway keys: allowed models (403), filtered model list, expiry (401)', async () => {
    expect((await g.post('/v1/chat/completions', chat('openai/gpt-4o-mini'), bearer(TEAM))).status).toBe(200);
    const denied = await g.post('/v1/chat/completions', chat('openai/gpt-4o'), bearer(TEAM));
    expect(denied.status).toBe(403);
    expect(((await denied.json()) as { error: { code: string } }).error.code).toBe('model_not_allowed');
    const models = (await (await fetch(`${g.url}/v1/models`, { headers: bearer(TEAM) })).json()) as { data: { id: string }[] };
    expect(models.data.map((m) => m.id)).toEqual(['openai/gpt-4o-mini']);
    const old = await g.post('/v1/chat/completions', chat(), bearer(OLD));
    expect(old.status).toBe(401);
    expect(((await old.json()) as { error: { code: string } }).error.code).toBe('key_expired');
  });

  it('keys created in the store work after refreshKeys, and stop when disabled', async () => {
    const { key, record } = await g.store.createKey({ name: 'from admin', models: ['openai/*'] });
    expect((await g.post('/v1/chat/completions', chat(), bearer(key))).status).toBe(401);
    await g.gateway.refreshKeys();
    expect((await g.post('/v1/chat/completions', chat(), bearer(key))).status).toBe(200);
    await g.store.updateKey(record.id, { enabled: false });
    await g.gateway.refreshKeys();
    expect(((await (await g.post('/v1/chat/completions', chat(), bearer(key))).json()) as { error: { code: string } }).error.code).toBe(
      'key_disabled',
    );
  });
});

describe('limits and budgets', () => {
  it('enforces a key budget from recorded spend', async () => {
    // The fake engine charges $0.003 per request; the budget is $0.005.
    expect((await g.post('/v1/chat/completions', chat(), bearer(RICH))).status).toBe(200);
    expect((await g.post('/v1/chat/completions', chat(), bearer(RICH))).status).toBe(200);
    const over = await g.post('/v1/chat/completions', chat(), bearer(RICH));
    expect(over.status).toBe(429);
    expect(over.headers.get('x-should-retry')).toBe('false');
    expect(((await over.json()) as { error: { code: string } }).error.code).toBe('budget_exceeded');
  });

  it('enforces per-key RPM exactly under concurrency, with Retry-After', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => g.post('/v1/chat/completions', chat(), bearer(FAST))));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
    const limited = results.find((r) => r.status === 429)!;
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('gateway_requests_limit');
  });

  it('writes one usage row per chat request with key, target, tokens, cost', async () => {
    await g.gateway.usage.flush();
    const { rows } = await g.store.queryUsage({ keyId: 'rich' });
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const ok = rows.find((r) => r.status === 200)!;
    expect(ok).toMatchObject({
      key_id: 'rich',
      endpoint: '/v1/chat/completions',
      route: 'openai/gpt-4o',
      target: 'openai/gpt-4o',
      backend: 'openai',
      total_tokens: 5,
      cost_usd: 0.003,
      attempts: 1,
    });
    expect(JSON.parse(ok.attempts_json!)[0]).toMatchObject({ target: 'openai/gpt-4o', outcome: 'success' });
    const spend = await g.store.spendByKey();
    expect(spend.get('rich')).toBeCloseTo(0.006);
  });
});
