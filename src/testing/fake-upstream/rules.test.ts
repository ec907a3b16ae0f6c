import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { errors } from './errors/index.js';
import { FAKE_ERROR_KINDS, type FakeErrorKind } from './fake-error-kind.js';
import type { FakeUpstream } from './fake-upstream.js';
import { startFakeUpstream } from './start-fake-upstream.js';

type Proto = 'openai' | 'anthropic' | 'gemini';

/** A minimal valid request per protocol, sent with raw fetch so nothing hides the wire. */
function call(fake: FakeUpstream, proto: Proto, opts: { model?: string; key?: string; stream?: boolean; body?: unknown } = {}) {
  const key = opts.key ?? 'good-key';
  if (proto === 'openai') {
    return fetch(`${fake.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify(
        opts.body ?? { model: opts.model ?? 'gpt-4o', stream: opts.stream ?? false, messages: [{ role: 'user', content: 'hi' }] },
      ),
    });
  }
  if (proto === 'anthropic') {
    return fetch(`${fake.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key, 'anthropic-version': '2023-06-01' },
      body: JSON.stringify(
        opts.body ?? {
          model: opts.model ?? 'claude-sonnet-5',
          max_tokens: 50,
          stream: opts.stream ?? false,
          messages: [{ role: 'user', content: 'hi' }],
        },
      ),
    });
  }
  const method = opts.stream ? 'streamGenerateContent?alt=sse' : 'generateContent';
  return fetch(`${fake.url}/v1beta/models/${opts.model ?? 'gemini-2.5-flash'}:${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-goog-api-key': key },
    body: JSON.stringify(opts.body ?? { contents: [{ role: 'user', parts: [{ text: 'hi' }] }] }),
  });
}

describe('rules', () => {
  let fake: FakeUpstream;
  beforeAll(async () => {
    fake = await startFakeUpstream();
  });
  afterEach(() => fake.reset());
  afterAll(() => fake.close());

  it('first matching rule with uses left wins; used-up rules disappear', async () => {
    fake.addRule({ name: 'first', status: 500, times: 2 });
    fake.addRule({ name: 'second', status: 503, times: 1 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await call(fake, 'openai')).status);
    expect(statuses).toEqual([500, 500, 503, 200]);
    expect(fake.requests.map((r) => r.matchedRule)).toEqual(['first', 'first', 'second', undefined]);
  });

  it('matches on model, key, stream, protocol and path', async () => {
    fake.addRule({ match: { model: 'm-429' }, status: 429 });
    fake.addRule({ match: { apiKey: 'bad-key' }, status: 401 });
    fake.addRule({ match: { stream: true, protocol: 'anthropic' }, error: 'overloaded' });
    fake.addRule({ match: { path: ':generateContent' }, error: 'server' });
    expect((await call(fake, 'openai', { model: 'm-429' })).status).toBe(429);
    expect((await call(fake, 'openai', { model: 'other' })).status).toBe(200);
    expect((await call(fake, 'anthropic', { key: 'bad-key' })).status).toBe(401);
    expect((await call(fake, 'anthropic', { stream: true })).status).toBe(529);
    expect((await call(fake, 'anthropic', { stream: false })).status).toBe(200);
    expect((await call(fake, 'gemini')).status).toBe(500);
    expect((await call(fake, 'gemini', { stream: true })).status).toBe(200);
  });

  it('rules apply to chat by default, so a models probe does not use them up', async () => {
    fake.addRule({ status: 429, times: 1 });
    expect((await fetch(`${fake.url}/v1/models`)).status).toBe(200);
    expect((await call(fake, 'openai')).status).toBe(429);
    fake.addRule({ match: { operation: '*' }, status: 503, times: 1 });
    expect((await fetch(`${fake.url}/v1/models`)).status).toBe(503);
  });

  const expected: Record<Proto, Partial<Record<FakeErrorKind, number>>> = {
    openai: { auth: 401, rate_limit: 429, quota: 429, overloaded: 503, server: 500, context_length: 400, not_found: 404 },
    anthropic: { auth: 401, rate_limit: 429, quota: 402, overloaded: 529, server: 500, context_length: 400, not_found: 404 },
    gemini: { auth: 400, rate_limit: 429, quota: 429, overloaded: 503, server: 500, context_length: 400, content_filter: 200 },
  };
  for (const proto of ['openai', 'anthropic', 'gemini'] as const) {
    it(`renders every error kind natively for ${proto}`, async () => {
      for (const kind of FAKE_ERROR_KINDS) {
        fake.addRule({ error: kind, times: 1 });
        const res = await call(fake, proto);
        const body = (await res.json()) as Record<string, unknown>;
        const want = expected[proto][kind];
        if (want !== undefined) expect(res.status, `${proto} ${kind}`).toBe(want);
        if (proto === 'openai') expect(body.error).toHaveProperty('message');
        if (proto === 'anthropic') expect(body).toMatchObject({ type: 'error', error: { type: expect.any(String) } });
        if (proto === 'gemini' && kind !== 'content_filter')
          expect(body).toMatchObject({ error: { code: res.status, status: expect.any(String) } });
      }
    });
  }

  it('a bare status on Gemini keeps the body consistent with it', async () => {
    fake.addRule({ status: 401 });
    const res = await call(fake, 'gemini');
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 401, status: 'UNAUTHENTICATED' } });
  });

  it('errorMessage replaces the native message; rule headers are added', async () => {
    fake.addRule({ error: 'rate_limit', errorMessage: 'slow down', headers: { 'Retry-After-Ms': '250' } });
    const res = await call(fake, 'anthropic');
    expect(res.headers.get('retry-after-ms')).toBe('250');
    expect(await res.json()).toMatchObject({ error: { type: 'rate_limit_error', message: 'slow down' } });
  });

  it('exact bodies: MiniMax base_resp inside HTTP 200, Zhipu and DashScope codes', async () => {
    fake.addRule({ times: 1, ...errors.minimaxBaseResp(1002) });
    const mm = await call(fake, 'openai');
    expect(mm.status).toBe(200);
    expect(await mm.json()).toMatchObject({ base_resp: { status_code: 1002, status_msg: 'rate limit exceeded(RPM)' } });

    fake.addRule({ times: 1, ...errors.zhipu(1113) });
    const zp = await call(fake, 'openai');
    expect(zp.status).toBe(429);
    expect(await zp.json()).toEqual({ error: { code: '1113', message: '您的账户已欠费，请充值后重试。' } });

    fake.addRule({ times: 1, ...errors.dashscopeArrearage() });
    const ds = await call(fake, 'openai');
    expect(ds.status).toBe(400);
    expect(await ds.json()).toMatchObject({ error: { code: 'Arrearage' } });

    fake.addRule({ times: 1, body: 'upstream exploded', status: 502 });
    const raw = await call(fake, 'openai');
    expect(raw.status).toBe(502);
    expect(raw.headers.get('content-type')).toContain('text/plain');
    expect(await raw.text()).toBe('upstream exploded');
  });

  it('reply toolCalls and contentChunks script the stream exactly', async () => {
    fake.addRule({ reply: { contentChunks: ['Hel', 'lo', '!'] } });
    const text = await (await call(fake, 'openai', { stream: true })).text();
    const contents = text
      .split('\n\n')
      .filter((e) => e.startsWith('data: {'))
      .map((e) => (JSON.parse(e.slice(6)) as { choices: { delta: { content?: string } }[] }).choices[0]?.delta.content)
      .filter((c) => c);
    expect(contents).toEqual(['Hel', 'lo', '!']);

    fake.reset();
    fake.addRule({ reply: { toolCalls: [{ name: 'lookup', arguments: { q: 'x' } }], finishReason: 'tool_calls' } });
    const res = (await (await call(fake, 'anthropic')).json()) as { content: { type: string; input?: unknown }[]; stop_reason: string };
    expect(res.stop_reason).toBe('tool_use');
    expect(res.content).toEqual([{ type: 'tool_use', id: expect.stringMatching(/^toolu_/), name: 'lookup', input: { q: 'x' } }]);
  });

  it('provider-native finish reasons pass through verbatim', async () => {
    fake.addRule({ reply: { finishReason: 'RECITATION' } });
    const res = (await (await call(fake, 'gemini')).json()) as { candidates: { finishReason: string }[] };
    expect(res.candidates[0].finishReason).toBe('RECITATION');
  });

  it('invalid rules are rejected with the field named', () => {
    expect(() => fake.addRule({ times: 0 })).toThrow('rule.times: must be at least 1');
    expect(() => fake.addRule({ error: 'nope' as FakeErrorKind })).toThrow('rule.error');
    expect(() => fake.addRule({ match: { model: 1 as unknown as string } })).toThrow('rule.match.model: expected a string');
    expect(() => fake.addRule({ colour: 'red' } as never)).toThrow('rule.colour: unknown field');
  });

  it('removeRule removes by id', async () => {
    const id = fake.addRule({ status: 500 });
    expect(fake.removeRule(id)).toBe(true);
    expect(fake.removeRule(id)).toBe(false);
    expect((await call(fake, 'openai')).status).toBe(200);
  });
});

describe('strict validation', () => {
  let fake: FakeUpstream;
  beforeAll(async () => {
    fake = await startFakeUpstream();
  });
  afterAll(() => fake.close());

  const rejects = async (res: Promise<Response>, status: number, text: string): Promise<void> => {
    const r = await res;
    expect(r.status).toBe(status);
    expect(await r.text()).toContain(text);
  };

  it('OpenAI: model, messages, tool pairing', async () => {
    await rejects(
      call(fake, 'openai', { body: { messages: [{ role: 'user', content: 'x' }] } }),
      400,
      'you must provide a model parameter',
    );
    await rejects(call(fake, 'openai', { body: { model: 'm', messages: [] } }), 400, "Invalid 'messages': empty array");
    await rejects(
      call(fake, 'openai', {
        body: {
          model: 'm',
          messages: [
            { role: 'user', content: 'x' },
            { role: 'tool', tool_call_id: 'call_1', content: 'r' },
          ],
        },
      }),
      400,
      "messages with role 'tool' must be a response to a preceeding message with 'tool_calls'",
    );
    await rejects(
      call(fake, 'openai', {
        body: {
          model: 'm',
          messages: [
            { role: 'user', content: 'x' },
            {
              role: 'assistant',
              content: null,
              tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'f', arguments: '{}' } }],
            },
            { role: 'user', content: 'y' },
          ],
        },
      }),
      400,
      'did not have response messages: call_1',
    );
  });

  it('Anthropic: version header, max_tokens, system role in messages', async () => {
    const noVersion = await fetch(`${fake.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': 'k' },
      body: JSON.stringify({ model: 'claude-sonnet-5', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] }),
    });
    expect(noVersion.status).toBe(400);
    expect(await noVersion.json()).toMatchObject({
      type: 'error',
      error: { type: 'invalid_request_error', message: 'anthropic-version: header is required' },
    });
    await rejects(
      call(fake, 'anthropic', { body: { model: 'c', messages: [{ role: 'user', content: 'x' }] } }),
      400,
      'max_tokens: Field required',
    );
    await rejects(
      call(fake, 'anthropic', { body: { model: 'c', max_tokens: 5, messages: [{ role: 'system', content: 'x' }] } }),
      400,
      "Input should be 'user' or 'assistant'",
    );
    await rejects(
      call(fake, 'anthropic', { body: { model: 'c', max_tokens: 5, temperature: 1.5, messages: [{ role: 'user', content: 'x' }] } }),
      400,
      'temperature',
    );
  });

  it('Gemini: contents, roles, function response count', async () => {
    await rejects(call(fake, 'gemini', { body: {} }), 400, 'contents is not specified');
    await rejects(
      call(fake, 'gemini', { body: { contents: [{ role: 'assistant', parts: [{ text: 'x' }] }] } }),
      400,
      'Please use a valid role',
    );
    await rejects(
      call(fake, 'gemini', {
        body: {
          contents: [
            { role: 'user', parts: [{ text: 'x' }] },
            { role: 'model', parts: [{ functionCall: { name: 'a', args: {} } }, { functionCall: { name: 'b', args: {} } }] },
            { role: 'user', parts: [{ functionResponse: { name: 'a', response: {} } }] },
          ],
        },
      }),
      400,
      'number of function response parts is equal to the number of function call parts',
    );
  });

  it('unparsable JSON gets a native 400; unknown routes a 404 that is still logged', async () => {
    const bad = await fetch(`${fake.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"model":',
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
    const unknown = await fetch(`${fake.url}/v1/chat/completion`, { method: 'POST', body: '{}' });
    expect(unknown.status).toBe(404);
    expect(fake.requests.at(-1)).toMatchObject({ protocol: 'unknown', path: '/v1/chat/completion', status: 404 });
  });

  it('strict: false lets odd requests through', async () => {
    const lenient = await startFakeUpstream({ strict: false });
    try {
      const res = await call(lenient, 'anthropic', { body: { model: 'c', messages: [{ role: 'user', content: 'x' }] } });
      expect(res.status).toBe(200);
    } finally {
      await lenient.close();
    }
  });
});

describe('server options', () => {
  it('defaultText, models and requireApiKey', async () => {
    const fake = await startFakeUpstream({ defaultText: 'fixed', models: ['only-model'], requireApiKey: true });
    try {
      const ok = (await (await call(fake, 'openai')).json()) as { choices: { message: { content: string } }[] };
      expect(ok.choices[0].message.content).toBe('fixed');
      const noKey = await fetch(`${fake.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'x' }] }),
      });
      expect(noKey.status).toBe(401);
      expect((await fetch(`${fake.url}/v1/models`)).status).toBe(401);
      const models = (await (await fetch(`${fake.url}/v1/models`, { headers: { authorization: 'Bearer k' } })).json()) as {
        data: { id: string }[];
      };
      expect(models.data.map((m) => m.id)).toEqual(['only-model']);
    } finally {
      await fake.close();
    }
  });

  it('waitForRequests rejects on timeout, naming what it waited for', async () => {
    const fake = await startFakeUpstream();
    try {
      await expect(fake.waitForRequests(1, 30)).rejects.toThrow('timed out after 30 ms waiting for 1 requests');
    } finally {
      await fake.close();
    }
  });

  it('?key= is recorded as the API key', async () => {
    const fake = await startFakeUpstream();
    try {
      await fetch(`${fake.url}/v1beta/models/gemini-2.5-flash:generateContent?key=query-key`, {
        method: 'POST',
        body: JSON.stringify({ contents: [{ parts: [{ text: 'x' }] }] }),
      });
      expect(fake.requests[0].apiKey).toBe('query-key');
    } finally {
      await fake.close();
    }
  });
});
