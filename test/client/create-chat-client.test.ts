import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createChatClient } from '../../src/client/create-chat-client.js';
import { ConfigError } from '../../src/errors/config-error.js';
import { LLMError } from '../../src/errors/llm-error.js';
import { settings as globalSettings } from '../../src/settings/settings.js';
import type { ChatRequest } from '../../src/spec/chat-request.js';
import type { StreamDelta } from '../../src/spec/stream-delta.js';
import { errors } from '../../src/testing/fake-upstream/errors/index.js';
import type { FakeUpstream } from '../../src/testing/fake-upstream/fake-upstream.js';
import { startFakeUpstream } from '../../src/testing/fake-upstream/start-fake-upstream.js';

let fake: FakeUpstream;
beforeAll(async () => {
  fake = await startFakeUpstream();
  globalSettings.load({
    VERSION: '2',
    endpoints: [
      { id: 'oa', api_base: `${fake.url}/v1`, api_key: 'sk-openai-test', headers: { 'X-Team': 'search' } },
      { id: 'an', api_base: `${fake.url}/v1`, api_key: 'sk-ant-test' },
      { id: 'gm', api_base: `${fake.url}/v1beta`, api_key: 'gm-test' },
      { id: 'off', api_base: `${fake.url}/v1`, api_key: 'x', enabled: false },
    ],
    backends: {
      openai: {
        models: { 'gpt-5.5': { endpoints: ['oa'] }, 'plain-model': { id: 'plain-1', endpoints: ['oa'], function_call_available: false } },
      },
      deepseek: { models: { 'deepseek-reasoner': { endpoints: ['oa'] } } },
      anthropic: { models: { 'claude-sonnet-5': { endpoints: ['an'], max_output_tokens: 64000 } } },
      gemini: { models: { 'gemini-3.5-flash': { endpoints: ['gm'] } } },
      minimax: { models: { 'MiniMax-M3': { endpoints: ['oa', 'off'] } } },
    },
  });
});
afterAll(async () => {
  globalSettings.reset();
  await fake.close();
});
beforeEach(() => fake.reset());

const weatherTool: ChatRequest['tools'] = [
  {
    type: 'function',
    function: {
      name: 'get_weather',
      description: 'Weather for a city',
      parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    },
  },
];

async function collect(stream: AsyncIterable<StreamDelta>) {
  const deltas: StreamDelta[] = [];
  for await (const d of stream) deltas.push(d);
  const args = new Map<number, { id?: string; name?: string; arguments: string }>();
  for (const d of deltas) {
    for (const t of d.tool_calls ?? []) {
      const cur = args.get(t.index) ?? { arguments: '' };
      cur.id ??= t.id;
      cur.name ??= t.function?.name;
      cur.arguments += t.function?.arguments ?? '';
      args.set(t.index, cur);
    }
  }
  return {
    deltas,
    text: deltas.map((d) => d.content ?? '').join(''),
    reasoning: deltas.map((d) => d.reasoning_content ?? '').join(''),
    toolCalls: [...args.values()],
    finish: deltas.findLast((d) => d.finish_reason)?.finish_reason,
    usage: deltas.findLast((d) => d.usage)?.usage,
  };
}

describe.each([
  ['openai', 'gpt-5.5', 'openai'],
  ['anthropic', 'claude-sonnet-5', 'anthropic'],
  ['gemini', 'gemini-3.5-flash', 'gemini'],
])('%s protocol through createChatClient', (backend, model, protocol) => {
  it('completes', async () => {
    const client = createChatClient(backend, { model });
    const res = await client.createCompletion([{ role: 'user', content: 'ping' }]);
    expect(res).toMatchObject({ provider: backend, finish_reason: 'stop', tool_calls: null });
    expect(res.content).toContain('You said: ping');
    expect(res.usage.total_tokens).toBe(res.usage.prompt_tokens + res.usage.completion_tokens);
    expect(fake.requests[0].protocol).toBe(protocol);
  });

  it('streams a tool call and then answers from the tool result', async () => {
    const client = createChatClient(backend, { model });
    const first = await collect(
      client.createStream({ messages: [{ role: 'user', content: 'What is the weather in Paris? use the tool' }], tools: weatherTool }),
    );
    expect(first.finish).toBe('tool_calls');
    expect(first.toolCalls).toHaveLength(1);
    expect(first.toolCalls[0].name).toBe('get_weather');
    expect(JSON.parse(first.toolCalls[0].arguments)).toHaveProperty('city');
    expect(first.deltas[0].provider).toBe(backend);
    const call = first.toolCalls[0];
    const second = await client.createCompletion({
      messages: [
        { role: 'user', content: 'What is the weather in Paris? use the tool' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: call.id ?? 'call_0', type: 'function', function: { name: 'get_weather', arguments: call.arguments } }],
        },
        { role: 'tool', tool_call_id: call.id ?? 'call_0', content: '{"temp_c": 21}' },
      ],
      tools: weatherTool,
    });
    expect(second.finish_reason).toBe('stop');
    expect(second.content).toContain('21');
  });

  it('streams reasoning separately from content, with usage on the last delta', async () => {
    // OpenAI's own Chat Completions returns no reasoning text; DeepSeek (same protocol) does.
    const client =
      backend === 'openai' ? createChatClient('deepseek', { model: 'deepseek-reasoner' }) : createChatClient(backend, { model });
    const res = await collect(
      client.createStream({ messages: [{ role: 'user', content: 'think hard' }], thinking: { type: 'enabled', budget_tokens: 2048 } }),
    );
    expect(res.reasoning.length).toBeGreaterThan(0);
    expect(res.text).toContain('You said: think hard');
    expect(res.usage?.completion_tokens).toBeGreaterThan(0);
  });
});

describe('createChatClient behaviour', () => {
  it('sends the endpoint headers and the key, and streams reasoning_content from DeepSeek-style models', async () => {
    const client = createChatClient('deepseek', { model: 'deepseek-reasoner' });
    const res = await client.createCompletion({ messages: [{ role: 'user', content: 'hi' }] });
    expect(res.reasoning_content).toBeTruthy();
    expect(fake.requests[0].headers['x-team']).toBe('search');
    expect(fake.requests[0].apiKey).toBe('sk-openai-test');
  });

  it('emulates tools for models without native tool calling', async () => {
    fake.addRule({ reply: { content: 'Sure.\n```json\n{"tool_calls":[{"name":"get_weather","arguments":{"city":"Paris"}}]}\n```' } });
    const client = createChatClient('openai', { model: 'plain-model' });
    const res = await client.createCompletion({ messages: [{ role: 'user', content: 'weather?' }], tools: weatherTool });
    expect(res.finish_reason).toBe('tool_calls');
    expect(res.tool_calls?.[0].function).toEqual({ name: 'get_weather', arguments: '{"city":"Paris"}' });
    expect(fake.requests[0].body).not.toHaveProperty('tools');
    fake.reset();
    fake.addRule({ reply: { content: '{"tool_calls":[{"name":"get_weather","arguments":{"city":"Rome"}}]}' } });
    const streamed = await collect(client.createStream({ messages: [{ role: 'user', content: 'weather?' }], tools: weatherTool }));
    expect(streamed.toolCalls[0]).toMatchObject({ name: 'get_weather', arguments: '{"city":"Rome"}' });
    expect(streamed.finish).toBe('tool_calls');
  });

  it('classifies a MiniMax error hidden in an HTTP 200 JSON answer to a stream request', async () => {
    fake.addRule({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: { base_resp: { status_code: 1002, status_msg: 'rate limit exceeded(RPM)' } },
    });
    const client = createChatClient('minimax', { model: 'MiniMax-M3' });
    const err = await collect(client.createStream([{ role: 'user', content: 'hi' }])).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LLMError);
    expect((err as LLMError).kind).toBe('rate_limit');
  });

  it('maps upstream errors to typed errors with Retry-After', async () => {
    fake.addRule({ ...errors.anthropicRateLimit(7) });
    const client = createChatClient('anthropic', { model: 'claude-sonnet-5' });
    const err = (await client.createCompletion([{ role: 'user', content: 'x' }]).catch((e: unknown) => e)) as LLMError;
    expect(err).toMatchObject({ kind: 'rate_limit', status: 429, provider: 'anthropic', retryAfterMs: 7000, retryable: true });
  });

  it('breaking out of a stream aborts the upstream request', async () => {
    fake.addRule({ reply: { content: 'a b c d e f g h i j k l m n o p' }, chunkDelayMs: 30 });
    const client = createChatClient('openai', { model: 'gpt-5.5' });
    for await (const d of client.createStream([{ role: 'user', content: 'long' }])) {
      if (d.content) break;
    }
    await fake.waitFor((log) => log[0]?.aborted === true, 2000);
  });

  it('rejects bad input and unknown names with errors that name the field and list what exists', async () => {
    expect(() => createChatClient('openia', { model: 'x' })).toThrow(/unknown backend "openia"; expected one of: openai, anthropic/);
    expect(() => createChatClient('openai', { model: 'gpt-9' })).toThrow(ConfigError);
    expect(() => createChatClient('openai', { model: 'gpt-9' })).toThrow(
      /unknown model "gpt-9" for backend "openai"; configured: gpt-5.5, plain-model/,
    );
    const client = createChatClient('openai', { model: 'gpt-5.5' });
    await expect(client.createCompletion({ messages: [{ role: 'user', content: 42 }] } as never)).rejects.toThrow(
      /^messages\[0\]\.content: /,
    );
    await expect(client.createCompletion({ messages: [] })).rejects.toMatchObject({ kind: 'invalid_request', code: 'messages' });
    await expect(client.createCompletion({ messages: [{ role: 'user', content: 'x' }], temperature: 5 })).rejects.toThrow(/^temperature: /);
  });

  it('never uses a disabled endpoint', async () => {
    const client = createChatClient('minimax', { model: 'MiniMax-M3' });
    for (let i = 0; i < 5; i++) await client.createCompletion([{ role: 'user', content: `${i}` }]);
    expect(fake.requests.every((r) => r.apiKey === 'sk-openai-test')).toBe(true);
  });
});

describe('env-only settings', () => {
  it('accepts any model of a backend whose key comes from the environment', async () => {
    const { StableLLM } = await import('../../src/stable/stable-llm.js');
    const prev = process.env.DEEPSEEK_API_KEY;
    process.env.DEEPSEEK_API_KEY = 'sk-env-deepseek';
    try {
      const llm = new StableLLM({ apiKeys: {}, settings: undefined, routes: {} });
      const status = Object.keys(llm.getServiceStatus());
      expect(status).toContain('deepseek/deepseek-v4-pro');
      // Point the implicit endpoint at the fake through settings built the same way the env path does.
      const { settingsFromKeys } = await import('../../src/stable/settings-from-keys.js');
      const s = settingsFromKeys({ deepseek: 'sk-env-deepseek' }) as { endpoints: { api_base?: string }[] };
      s.endpoints[0].api_base = `${fake.url}/v1`;
      const llm2 = new StableLLM({ settings: s });
      const res = await llm2.chat('hi', { model: 'deepseek/deepseek-chat' });
      expect(res.model).toBe('deepseek-chat');
      expect(fake.requests.at(-1)?.apiKey).toBe('sk-env-deepseek');
    } finally {
      if (prev === undefined) delete process.env.DEEPSEEK_API_KEY;
      else process.env.DEEPSEEK_API_KEY = prev;
    }
  });
});

describe('base URL from the environment', () => {
  it('honours OPENAI_BASE_URL / ANTHROPIC_BASE_URL like the official SDKs, for keys from the environment', async () => {
    const { StableLLM } = await import('../../src/stable/stable-llm.js');
    const saved = { ...process.env };
    try {
      for (const k of Object.keys(process.env)) if (k.endsWith('_API_KEY') || k.endsWith('_BASE_URL')) delete process.env[k];
      process.env.ANTHROPIC_API_KEY = 'sk-ant-env-0123456789';
      process.env.ANTHROPIC_BASE_URL = `${fake.url}/v1`;
      process.env.OPENAI_API_KEY = 'sk-openai-env-0123456789';
      process.env.OPENAI_BASE_URL = `${fake.url}/v1`;
      fake.addRule({ match: { protocol: 'anthropic' }, error: 'overloaded' });
      const llm = new StableLLM({ serviceOrder: ['anthropic', 'openai'] });
      const res = await llm.chat('from env');
      expect(res.provider).toBe('openai');
      expect(fake.requests.map((r) => r.apiKey)).toEqual(['sk-ant-env-0123456789', 'sk-openai-env-0123456789']);
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
    }
  });
});

describe('image URLs for upstreams that cannot fetch them', () => {
  it('downloads the image (following a redirect) and sends Gemini inline data', async () => {
    const { createServer } = await import('node:http');
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const images = createServer((req, res) => {
      if (req.url === '/old.png') {
        res.writeHead(302, { location: '/cat.png' });
        res.end();
      } else {
        res.writeHead(200, { 'content-type': 'image/png' });
        res.end(png);
      }
    });
    await new Promise<void>((r) => images.listen(0, '127.0.0.1', r));
    try {
      const port = (images.address() as { port: number }).port;
      const client = createChatClient('gemini', { model: 'gemini-3.5-flash' });
      const res = await client.createCompletion([
        {
          role: 'user',
          content: [
            { type: 'text', text: 'what is it?' },
            { type: 'image_url', image_url: { url: `http://127.0.0.1:${port}/old.png` } },
          ],
        },
      ]);
      expect(res.content).toMatch(/1 image/);
      expect(JSON.stringify(fake.requests.at(-1)?.body)).toContain(png.toString('base64'));
    } finally {
      images.close();
    }
  });
});
