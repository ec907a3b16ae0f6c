import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AllAttemptsFailedError } from '../../src/engine/all-attempts-failed-error.js';
import { createLLMError } from '../../src/errors/llm-error.js';
import { createFakeEngine } from './support/fake-engine.js';
import { type InProcess, inProcessGateway } from './support/in-process-gateway.js';

const engine = createFakeEngine();
let g: InProcess;

beforeAll(async () => {
  g = await inProcessGateway(engine, { server: { log_level: 'silent', body_limit: '64kb' } });
});
afterAll(() => g.close());

const chat = { model: 'openai/gpt-4o', messages: [{ role: 'user', content: 'hi' }] };

describe('validation: 4xx naming the field, never a 500', () => {
  it.each([
    ['invalid JSON', '{"model":', 400, 'invalid_json', null],
    ['empty body', '', 400, 'missing_body', null],
    ['array body', '[1]', 400, 'invalid_body', null],
    ['missing messages', { model: 'openai/gpt-4o' }, 400, 'messages', 'messages'],
    ['wrong type', { ...chat, temperature: 'hot' }, 400, 'temperature', 'temperature'],
    [
      'bad message role',
      { model: 'openai/gpt-4o', messages: [{ role: 'robot', content: 'x' }] },
      400,
      'messages[0].role',
      'messages[0].role',
    ],
    ['bad nested content', { model: 'openai/gpt-4o', messages: [{ role: 'user', content: [{ type: 'image_url' }] }] }, 400, null, null],
  ])('%s', async (_name, body, status, code, param) => {
    const r = await g.post('/v1/chat/completions', body);
    expect(r.status).toBe(status);
    const json = (await r.json()) as { error: { message: string; type: string; code: string; param: string } };
    expect(json.error.type).toBe('invalid_request_error');
    if (code) expect(json.error.code).toBe(code);
    if (param) expect(json.error.param).toBe(param);
    expect(json.error.message.length).toBeGreaterThan(5);
    expect(r.headers.get('x-request-id')).toBeTruthy();
  });

  it('refuses oversized bodies with 413, by Content-Length and while streaming', async () => {
    const big = { ...chat, messages: [{ role: 'user', content: 'x'.repeat(70_000) }] };
    const r = await g.post('/v1/chat/completions', big);
    expect(r.status).toBe(413);
    expect(((await r.json()) as { error: { code: string } }).error.code).toBe('request_too_large');
    const chunked = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode(JSON.stringify(big)));
        c.close();
      },
    });
    const r2 = await fetch(`${g.url}/v1/chat/completions`, {
      method: 'POST',
      body: chunked,
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit);
    expect(r2.status).toBe(413);
  });

  it('unknown model → 404, ambiguous names and bad routes → 4xx', async () => {
    const r = await g.post('/v1/chat/completions', { ...chat, model: 'nope' });
    expect(r.status).toBe(404);
    expect(((await r.json()) as { error: { code: string } }).error.code).toBe('model_not_found');
  });

  it('unknown path → 404, wrong method → 405', async () => {
    expect((await fetch(`${g.url}/v1/nothing`)).status).toBe(404);
    const r = await fetch(`${g.url}/v1/chat/completions`);
    expect(r.status).toBe(405);
    expect(r.headers.get('allow')).toBe('POST');
  });
});

describe('engine errors map to the right status', () => {
  const cases: [string, () => unknown, number, string][] = [
    [
      'rate limited everywhere',
      () =>
        new AllAttemptsFailedError(
          [{ target: 'openai/gpt-4o', deployment: 'd', outcome: 'error', kind: 'rate_limit', status: 429, latencyMs: 1, startedAt: 0 }],
          createLLMError({ kind: 'rate_limit', message: 'slow down', retryAfterMs: 2500 }),
          { kind: 'rate_limit', status: 429, retryAfterMs: 2500 },
        ),
      429,
      'rate_limit_error',
    ],
    ['upstream server error', () => createLLMError({ kind: 'server', message: 'boom', provider: 'openai' }), 502, 'upstream_error'],
    ['upstream auth error', () => createLLMError({ kind: 'auth', message: 'bad key', provider: 'openai' }), 502, 'upstream_error'],
    ['overloaded', () => createLLMError({ kind: 'overloaded', message: 'busy', provider: 'anthropic' }), 503, 'service_unavailable_error'],
    ['timeout', () => createLLMError({ kind: 'timeout', message: 'late', provider: 'openai' }), 504, 'timeout_error'],
    [
      'context length',
      () => createLLMError({ kind: 'context_length', message: 'too long', provider: 'openai' }),
      400,
      'invalid_request_error',
    ],
    ['a bug', () => new TypeError('x is undefined'), 500, 'api_error'],
  ];
  it.each(cases)('%s', async (_n, make, status, type) => {
    const e = createFakeEngine({
      complete: () => {
        throw make();
      },
    });
    const local = await inProcessGateway(e);
    try {
      const r = await local.post('/v1/chat/completions', chat);
      expect(r.status).toBe(status);
      const body = (await r.json()) as { error: { type: string; message: string } };
      expect(body.error.type).toBe(type);
      if (status === 429) {
        expect(r.headers.get('retry-after')).toBe('3');
        expect(r.headers.get('retry-after-ms')).toBe('2500');
      }
      if (status === 500) expect(body.error.message).not.toContain('x is undefined');
    } finally {
      await local.close();
    }
  });
});

describe('no provider configured', () => {
  it('starts, serves docs, and answers chat with setup help (503)', async () => {
    const empty = await inProcessGateway(createFakeEngine(), { endpoints: [], backends: {} });
    try {
      const r = await empty.post('/v1/chat/completions', { messages: [{ role: 'user', content: 'x' }] });
      expect(r.status).toBe(503);
      const body = (await r.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('no_provider_configured');
      expect(body.error.message).toContain('OPENAI_API_KEY');
      expect(body.error.message).toContain('--demo');
      expect((await fetch(`${empty.url}/docs`)).status).toBe(200);
      expect((await fetch(`${empty.url}/health`)).status).toBe(200);
    } finally {
      await empty.close();
    }
  });
});

describe('operations endpoints', () => {
  it('/health, /health/ready, /status, /metrics', async () => {
    const h = (await (await fetch(`${g.url}/health`)).json()) as Record<string, unknown>;
    expect(h).toMatchObject({ status: 'ok', node: process.version, providers: { count: 1, configured: ['openai'] } });
    expect((await fetch(`${g.url}/health/ready`)).status).toBe(200);
    await g.post('/v1/chat/completions', chat);
    const s = (await (await fetch(`${g.url}/status`)).json()) as Record<string, unknown>;
    expect(s).toHaveProperty('targets');
    expect(JSON.stringify(s)).not.toContain('sk-unused-0000000000000000');
    const m = await (await fetch(`${g.url}/metrics`)).text();
    expect(m).toContain('stable_llm_requests_total{endpoint="/v1/chat/completions",target="openai/gpt-4o",status="200"}');
    expect(m).toContain('stable_llm_request_duration_seconds_bucket');
    expect(m).toContain('stable_llm_tokens_total');
    expect(m).toContain('stable_llm_breaker_state{target="openai/gpt-4o"} 0');
  });

  it('/openapi.json is OpenAPI 3.1 built from the request schemas; /docs and /redoc need no CDN', async () => {
    const spec = (await (await fetch(`${g.url}/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> };
    };
    expect(spec.openapi).toBe('3.1.0');
    for (const p of [
      '/v1/chat/completions',
      '/v1/messages',
      '/api/v1/vision/completions',
      '/api/chat',
      '/v1/models',
      '/health',
      '/metrics',
      '/count_tokens',
      '/v1/tokenize',
    ])
      expect(spec.paths).toHaveProperty(p);
    expect(spec.components.schemas.ChatCompletionRequest.required).toContain('messages');
    expect(spec.components.schemas.AnthropicMessagesRequest.required).toEqual(expect.arrayContaining(['model', 'max_tokens', 'messages']));
    for (const page of ['/docs', '/redoc']) {
      const html = await (await fetch(g.url + page)).text();
      expect(html).toContain('/openapi.json');
      expect(html).not.toMatch(/<script[^>]+src=["']https?:/);
      expect(html).not.toMatch(/<link[^>]+href=["']https?:/);
      const script = html.slice(html.indexOf('<script>') + 8, html.lastIndexOf('</script>'));
      expect(() => new Function(script)).not.toThrow();
    }
  });

  it('echoes a sane incoming x-request-id and replaces a bad one', async () => {
    const r = await fetch(`${g.url}/health`, { headers: { 'x-request-id': 'abc-123' } });
    expect(r.headers.get('x-request-id')).toBe('abc-123');
    const r2 = await fetch(`${g.url}/health`, { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(r2.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('/v1/tokenize and vv-llm /count_tokens use the model tokenizer', async () => {
    const r = await g.post('/count_tokens', { text: 'hello world', model: 'gpt-4o' });
    expect(await r.json()).toEqual({ total_tokens: 2 });
    const t = (await (
      await g.post('/v1/tokenize', { model: 'openai/gpt-4o', messages: [{ role: 'user', content: 'hello world' }] })
    ).json()) as { tokens: number; model: string };
    expect(t.model).toBe('gpt-4o');
    expect(t.tokens).toBeGreaterThan(2);
    expect((await g.post('/v1/tokenize', { model: 'gpt-4o' })).status).toBe(400);
  });
});

describe('streaming through the fake engine', () => {
  it('writes OpenAI chunks and ends mid-stream failures with an SSE error object', async () => {
    const e = createFakeEngine({
      stream: async function* () {
        yield { content: 'par', provider: 'openai', model: 'gpt-4o' };
        throw createLLMError({ kind: 'server', message: 'upstream died', provider: 'openai' });
      },
    });
    const local = await inProcessGateway(e);
    try {
      const r = await local.post('/v1/chat/completions', { ...chat, stream: true });
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toContain('text/event-stream');
      expect(r.headers.get('x-accel-buffering')).toBe('no');
      const text = await r.text();
      const events = text.split('\n\n').filter(Boolean);
      expect(JSON.parse(events[0].slice(6)).choices[0].delta).toEqual({ role: 'assistant', content: '' });
      expect(JSON.parse(events[1].slice(6)).choices[0].delta).toEqual({ content: 'par' });
      const last = JSON.parse(events[events.length - 1].slice(6));
      expect(last.error).toMatchObject({ type: 'upstream_error', message: 'upstream died' });
      expect(text).not.toContain('[DONE]');
    } finally {
      await local.close();
    }
  });
});

describe('CORS', () => {
  it('answers preflights and exposes the gateway headers to allowed origins only', async () => {
    const local = await inProcessGateway(createFakeEngine(), {
      server: { log_level: 'silent', cors: { origins: ['https://app.example'] } },
    });
    try {
      const pre = await fetch(`${local.url}/v1/chat/completions`, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://app.example',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      });
      expect(pre.status).toBe(204);
      expect(pre.headers.get('access-control-allow-origin')).toBe('https://app.example');
      expect(pre.headers.get('access-control-allow-methods')).toContain('POST');
      expect(pre.headers.get('access-control-allow-headers')).toBe('authorization, content-type');
      const r = await local.post('/v1/chat/completions', chat, { origin: 'https://app.example' });
      expect(r.headers.get('access-control-expose-headers')).toContain('x-stable-llm-backend');
      const other = await local.post('/v1/chat/completions', chat, { origin: 'https://evil.example' });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await local.close();
    }
  });
});
