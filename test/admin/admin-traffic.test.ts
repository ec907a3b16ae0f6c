import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AdminClient, parseSse } from './support/admin-client.js';
import { ADMIN_KEY, type AdminFixture, baseConfig, MASTER_KEY, startAdminFixture } from './support/admin-fixture.js';
import { makePng } from './support/make-png.js';

interface Done {
  target: string;
  tries: number;
  attempts: { outcome: string; kind?: string; keyId?: string }[];
  usage: { total_tokens: number };
  latency_ms: number;
  ttft_ms: number;
}

describe('admin API: playground, usage log, gateway keys, dashboard', () => {
  let f: AdminFixture;
  let c: AdminClient;

  const api = (body: unknown, key = MASTER_KEY): Promise<Response> =>
    fetch(`${f.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify(body),
    });
  const stream = async (path: string, body: unknown): Promise<{ event: string; data: unknown }[]> =>
    parseSse(await (await c.raw('POST', path, body)).text());

  beforeAll(async () => {
    f = await startAdminFixture({
      config: (url) =>
        baseConfig(url, {
          endpoints: [
            {
              id: 'oa',
              api_base: `${url}/v1`,
              api_keys: [
                { id: 'oa-main', key: 'sk-file-openai-key-aaaaaaaaaaaa0001' },
                { id: 'oa-spare', key: 'sk-file-openai-key-bbbbbbbbbbbb0002' },
              ],
            },
            { id: 'an', api_base: `${url}/v1`, api_key: 'sk-ant-file-key-cccccccccccccc0003' },
            { id: 'ds', api_base: `${url}/v1`, api_key: 'sk-ds-file-key-dddddddddddddddd0004' },
          ],
          backends: {
            openai: {
              models: {
                'gpt-4o': { endpoints: ['oa'], native_multimodal: true, pricing: { input: 2.5, output: 10 } },
                'gpt-4o-mini': { endpoints: ['oa'] },
              },
            },
            anthropic: { models: { 'claude-sonnet-4-5': { endpoints: ['an'], max_output_tokens: 1024 } } },
            deepseek: { models: { 'deepseek-reasoner': { endpoints: ['ds'] } } },
          },
          active: { chat: 'openai/gpt-4o', vision: 'openai/gpt-4o' },
        }),
    });
    c = await AdminClient.login(f.url, ADMIN_KEY);
  });
  afterAll(() => f.close());
  beforeEach(() => f.fake.reset());

  it('streams a playground chat: deltas, reasoning apart, then who answered after how many tries', async () => {
    const events = await stream('/admin/api/playground/chat', {
      model: 'deepseek/deepseek-reasoner',
      system: 'Be brief.',
      messages: [{ role: 'user', content: 'think' }],
    });
    expect(events[0].event).toBe('meta');
    const text = events
      .filter((e) => e.event === 'delta')
      .map((e) => (e.data as { content?: string }).content ?? '')
      .join('');
    const reasoning = events
      .filter((e) => e.event === 'delta')
      .map((e) => (e.data as { reasoning?: string }).reasoning ?? '')
      .join('');
    expect(text).toContain('Hello from deepseek-reasoner! You said: think');
    expect(reasoning.length).toBeGreaterThan(0);
    const done = events.find((e) => e.event === 'done')?.data as Done;
    expect(done).toMatchObject({ target: 'deepseek/deepseek-reasoner', tries: 1 });
    expect(done.ttft_ms).toBeGreaterThanOrEqual(0);
    const sent = f.fake.requests.at(-1)?.body as { messages: { role: string }[]; stream: boolean };
    expect(sent.messages[0].role).toBe('system');
    expect(sent.stream).toBe(true);
  });

  it('shows failover in the playground (tries and attempts) and a classified error when nothing can answer', async () => {
    f.fake.addRule({ match: { apiKey: 'sk-file-openai-key-aaaaaaaaaaaa0001' }, times: 1, error: 'rate_limit' });
    const events = await stream('/admin/api/playground/chat', { messages: [{ role: 'user', content: 'uses the active model' }] });
    const done = events.find((e) => e.event === 'done')?.data as Done;
    expect(done.target).toBe('openai/gpt-4o');
    expect(done.tries).toBe(2);
    expect(done.attempts.map((a) => [a.outcome, a.kind, a.keyId])).toEqual([
      ['error', 'rate_limit', 'oa-main'],
      ['success', undefined, 'oa-spare'],
    ]);
    const unknown = await stream('/admin/api/playground/chat', { model: 'nope', messages: [{ role: 'user', content: 'x' }] });
    expect(unknown.at(-1)).toMatchObject({ event: 'error', data: { status: 404 } });
    f.fake.addRule({ match: { model: 'claude-sonnet-4-5' }, error: 'auth' });
    const failed = await stream('/admin/api/playground/chat', {
      model: 'anthropic/claude-sonnet-4-5',
      messages: [{ role: 'user', content: 'x' }],
    });
    const err = failed.at(-1)?.data as { kind: string; attempts: unknown[] };
    expect(failed.at(-1)?.event).toBe('error');
    expect(err.attempts.length).toBeGreaterThan(0);
    expect(JSON.stringify(failed)).not.toContain('sk-ant-file-key');
  });

  it('runs a vision test on the active vision model', async () => {
    const image = `data:image/png;base64,${makePng().toString('base64')}`;
    const events = await stream('/admin/api/playground/vision', { image, prompt: 'what is in it' });
    const done = events.find((e) => e.event === 'done')?.data as Done;
    expect(done.target).toBe('openai/gpt-4o');
    const text = events
      .filter((e) => e.event === 'delta')
      .map((e) => (e.data as { content?: string }).content ?? '')
      .join('');
    expect(text).toContain('I see 1 image');
    const bad = await c.raw('POST', '/admin/api/playground/vision', { prompt: 'no image' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('image');
  });

  it('creates a gateway key shown once; it works, its spend shows, revoking stops it', async () => {
    const created = await c.json<{ key: string; record: { id: string; prefix: string } }>('POST', '/admin/api/keys', {
      name: 'ci',
      models: ['openai/*'],
      rpm: 100,
      budget_usd: 1,
    });
    expect(created.key).toMatch(/^sk-sllm-/);
    expect(created.record.prefix).toBe(`${created.key.slice(0, 12)}…`);
    const listed = await (await c.raw('GET', '/admin/api/keys')).text();
    expect(listed).not.toContain(created.key);
    expect((await api({ model: 'openai/gpt-4o', messages: [{ role: 'user', content: 'pay' }] }, created.key)).status).toBe(200);
    expect((await api({ model: 'anthropic/claude-sonnet-4-5', messages: [{ role: 'user', content: 'no' }] }, created.key)).status).toBe(
      403,
    );
    const keys = await c.get<{ keys: { id: string; spent_usd: number; rpm: number }[] }>('/admin/api/keys');
    const k = keys.keys.find((x) => x.id === created.record.id);
    expect(k?.rpm).toBe(100);
    expect(k?.spent_usd).toBeGreaterThan(0);
    await c.json('PATCH', `/admin/api/keys/${created.record.id}`, { enabled: false });
    const revoked = await api({ model: 'openai/gpt-4o', messages: [{ role: 'user', content: 'x' }] }, created.key);
    expect(revoked.status).toBe(401);
    await c.json('DELETE', `/admin/api/keys/${created.record.id}`);
    expect((await c.raw('DELETE', `/admin/api/keys/${created.record.id}`)).status).toBe(404);
    expect((await c.raw('POST', '/admin/api/keys', { expires_at: '2001-01-01' })).status).toBe(400);
  });

  it('lists the usage log with filters and shows one request with its attempts', async () => {
    f.fake.addRule({ match: { model: 'gpt-4o-mini' }, times: 1, error: 'overloaded' });
    const ok = await api({ model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'logged' }] });
    const requestId = ok.headers.get('x-request-id') ?? '';
    await api({ model: 'nope', messages: [{ role: 'user', content: 'x' }] });
    const all = await c.get<{ source: string; total: number; rows: { request_id: string; status: number }[] }>(
      '/admin/api/usage?limit=200',
    );
    expect(all.source).toBe('sqlite');
    expect(all.rows.some((r) => r.request_id === requestId)).toBe(true);
    const errors = await c.get<{ rows: { status: number }[] }>('/admin/api/usage?status=error');
    expect(errors.rows.length).toBeGreaterThan(0);
    expect(errors.rows.every((r) => r.status >= 400)).toBe(true);
    const byModel = await c.get<{ rows: { target: string }[] }>('/admin/api/usage?model=openai/gpt-4o-mini');
    expect(byModel.rows.every((r) => r.target === 'openai/gpt-4o-mini')).toBe(true);
    const playground = await c.get<{ rows: { key_id: string }[] }>('/admin/api/usage?key=admin-console');
    expect(playground.rows.length).toBeGreaterThanOrEqual(3);
    const since = await c.get<{ rows: unknown[] }>(`/admin/api/usage?since=${Date.now() + 60_000}`);
    expect(since.rows).toEqual([]);
    expect((await c.raw('GET', '/admin/api/usage?since=yesterday')).status).toBe(400);
    const detail = await c.get<{ status: number; attempts: number; attempt_list: { outcome: string; kind?: string }[] }>(
      `/admin/api/usage/${requestId}`,
    );
    expect(detail.status).toBe(200);
    expect(detail.attempt_list.map((a) => a.outcome)).toEqual(['error', 'success']);
    expect(detail.attempt_list[0].kind).toBe('overloaded');
    const summary = await c.get<{ rows: { group: string; requests: number }[] }>('/admin/api/usage-summary?group_by=model');
    expect(summary.rows.length).toBeGreaterThan(0);
  });

  it('serves the dashboard: series, totals, health; a breaker opens on failures and can be closed by hand', async () => {
    // The playground test's auth failure disabled the Anthropic key; lift that first.
    await c.json('PATCH', '/admin/api/endpoints/an/keys/an%231', { enabled: true });
    f.fake.addRule({ match: { model: 'claude-sonnet-4-5' }, error: 'server' });
    for (let i = 0; i < 4; i++) await api({ model: 'anthropic/claude-sonnet-4-5', messages: [{ role: 'user', content: `f${i}` }] });
    const o = await c.get<{
      series: { t: number; requests: number }[];
      totals: { last_15m: { requests: number; errors: number; kinds: Record<string, number> } };
      health: { id: string; state: string; deployments: { key: string; breaker: { state: string } }[] }[];
      events: { type: string; to: string; target: string }[];
      inflight: number;
    }>('/admin/api/overview?minutes=5');
    expect(o.series.length).toBeGreaterThanOrEqual(60);
    expect(o.totals.last_15m.errors).toBeGreaterThan(0);
    expect(Object.values(o.totals.last_15m.kinds).reduce((a, b) => a + b, 0)).toBe(o.totals.last_15m.errors);
    expect(o.inflight).toBe(0);
    const claude = o.health.find((t) => t.id === 'anthropic/claude-sonnet-4-5');
    expect(claude?.state).toBe('open');
    expect(o.events.some((e) => e.type === 'breaker' && e.to === 'open' && e.target === 'anthropic/claude-sonnet-4-5')).toBe(true);
    f.fake.clearRules();
    await c.json('POST', '/admin/api/breakers/reset', { deployment: claude?.deployments[0].key });
    const after = await c.get<{ health: { id: string; state: string }[] }>('/admin/api/overview');
    expect(after.health.find((t) => t.id === 'anthropic/claude-sonnet-4-5')?.state).toBe('closed');
    const history = await c.get<{ rows: { requests: number }[] }>('/admin/api/history');
    expect(history.rows.reduce((n, r) => n + r.requests, 0)).toBeGreaterThan(0);
  });

  it('pushes live ticks over Server-Sent Events', async () => {
    const ctrl = new AbortController();
    const res = await c.raw('GET', '/admin/api/events', undefined, { accept: 'text/event-stream' });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    let text = '';
    while (!text.includes('event: tick')) text += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
    ctrl.abort();
    const tick = parseSse(text).find((e) => e.event === 'tick')?.data as { health: unknown[]; points: unknown[]; totals: unknown };
    expect(tick.health.length).toBe(4);
    expect(tick.points.length).toBeGreaterThan(0);
  });
});
