import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { errors } from '../../src/testing/fake-upstream/index.js';
import { startTestGateway, type TestGateway } from './support/start-test-gateway.js';

let t: TestGateway;
let client: OpenAI;

beforeAll(async () => {
  t = await startTestGateway();
  client = new OpenAI({ baseURL: `${t.url}/v1`, apiKey: 'unused', maxRetries: 0 });
});
afterAll(() => t.close());
beforeEach(() => {
  t.fake.reset();
});

describe('OpenAI SDK against the gateway (real engine, fake upstream)', () => {
  it('creates a completion and reports who served it', async () => {
    const { data, response } = await client.chat.completions
      .create({ model: 'openai/gpt-4o', messages: [{ role: 'user', content: 'hi there' }] })
      .withResponse();
    expect(data.object).toBe('chat.completion');
    expect(data.choices[0].message.content).toBe('Hello from gpt-4o! You said: hi there');
    expect(data.choices[0].finish_reason).toBe('stop');
    expect(data.usage?.total_tokens).toBeGreaterThan(0);
    expect(response.headers.get('x-request-id')).toBeTruthy();
    expect(response.headers.get('x-stable-llm-backend')).toBe('openai');
    expect(response.headers.get('x-stable-llm-model')).toBe('gpt-4o');
    expect(response.headers.get('x-stable-llm-attempts')).toBe('1');
    expect(response.headers.get('x-stable-llm-key-id')).toMatch(/^oa#\d$/);
    expect(Number(response.headers.get('x-stable-llm-overhead-ms'))).toBeGreaterThanOrEqual(0);
    expect(Number(response.headers.get('x-stable-llm-cost-usd'))).toBeGreaterThan(0);
  });

  it('accepts a unique model name and a route name', async () => {
    const a = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'x' }] });
    expect(a.model).toBe('gpt-4o-mini');
    const b = await client.chat.completions.create({ model: 'smart', messages: [{ role: 'user', content: 'x' }] });
    expect(b.model).toBe('claude-sonnet-4-5');
  });

  it('streams role chunk, deltas, finish chunk, usage chunk and [DONE]', async () => {
    const stream = await client.chat.completions.create({
      model: 'openai/gpt-4o',
      messages: [{ role: 'user', content: 'stream please' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    const chunks = [];
    for await (const c of stream) chunks.push(c);
    expect(chunks[0].choices[0].delta.role).toBe('assistant');
    const text = chunks.map((c) => c.choices[0]?.delta.content ?? '').join('');
    expect(text).toBe('Hello from gpt-4o! You said: stream please');
    const finish = chunks.find((c) => c.choices[0]?.finish_reason);
    expect(finish?.choices[0].finish_reason).toBe('stop');
    const last = chunks[chunks.length - 1];
    expect(last.choices).toEqual([]);
    expect(last.usage?.total_tokens).toBeGreaterThan(0);
    expect(new Set(chunks.map((c) => c.id)).size).toBe(1);
  });

  it('streams from an Anthropic backend through the OpenAI surface', async () => {
    const stream = await client.chat.completions.create({
      model: 'anthropic/claude-sonnet-4-5',
      messages: [{ role: 'user', content: 'yo' }],
      stream: true,
    });
    let text = '';
    for await (const c of stream) text += c.choices[0]?.delta.content ?? '';
    expect(text).toBe('Hello from claude-sonnet-4-5! You said: yo');
  });

  it('returns tool calls, non-streaming and streaming', async () => {
    const tools: OpenAI.Chat.Completions.ChatCompletionTool[] = [
      {
        type: 'function',
        function: {
          name: 'get_weather',
          description: 'Weather',
          parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
        },
      },
    ];
    const r = await client.chat.completions.create({
      model: 'openai/gpt-4o',
      messages: [{ role: 'user', content: 'weather in Paris?' }],
      tools,
    });
    expect(r.choices[0].finish_reason).toBe('tool_calls');
    const call = r.choices[0].message.tool_calls?.[0];
    expect(call?.type === 'function' && call.function.name).toBe('get_weather');
    expect(call?.type === 'function' && JSON.parse(call.function.arguments)).toEqual({ city: 'Paris' });

    const runner = client.chat.completions.stream({
      model: 'anthropic/claude-sonnet-4-5',
      messages: [{ role: 'user', content: 'weather in Paris?' }],
      tools,
    });
    const final = await runner.finalChatCompletion();
    expect(final.choices[0].finish_reason).toBe('tool_calls');
    const streamed = final.choices[0].message.tool_calls?.[0];
    expect(streamed?.type === 'function' && JSON.parse(streamed.function.arguments)).toEqual({ city: 'Paris' });
  });

  it('sends images through', async () => {
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    const r = await client.chat.completions.create({
      model: 'openai/gpt-4o',
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'what is this' },
            { type: 'image_url', image_url: { url: png } },
          ],
        },
      ],
    });
    expect(r.choices[0].message.content).toContain('I see 1 image');
  });

  it('fails over to the second key after a 429 and says so', async () => {
    // Whichever key goes first is limited once; the other key answers.
    t.fake.addRule({ match: { model: 'gpt-4o' }, times: 1, ...errors.openaiRateLimit({ retryAfterS: 1 }) });
    const { data, response } = await client.chat.completions
      .create({ model: 'openai/gpt-4o', messages: [{ role: 'user', content: 'x' }] })
      .withResponse();
    expect(data.choices[0].message.content).toContain('Hello from gpt-4o');
    expect(response.headers.get('x-stable-llm-attempts')).toBe('2');
    expect(t.fake.requests.map((r) => r.status)).toEqual([429, 200]);
    expect(new Set(t.fake.requests.map((r) => r.apiKey)).size).toBe(2);
  });

  it('maps errors to the SDK error classes', async () => {
    await expect(client.chat.completions.create({ model: 'nope', messages: [{ role: 'user', content: 'x' }] })).rejects.toBeInstanceOf(
      OpenAI.NotFoundError,
    );
    const bad = await client.chat.completions.create({ model: 'openai/gpt-4o', messages: [] }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(OpenAI.BadRequestError);
    expect((bad as InstanceType<typeof OpenAI.BadRequestError>).param).toBe('messages');
    t.fake.addRule({ match: { model: 'gpt-4o-mini' }, error: 'server' });
    const server = await client.chat.completions
      .create({ model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'x' }] })
      .catch((e: unknown) => e);
    expect(server).toBeInstanceOf(OpenAI.InternalServerError);
    expect((server as InstanceType<typeof OpenAI.InternalServerError>).status).toBe(502);
    t.fake.clearRules();
    t.fake.addRule({ match: { model: 'gpt-4o-mini' }, ...errors.openaiRateLimit({ retryAfterS: 7 }) });
    const limited = await client.chat.completions
      .create({ model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'x' }] })
      .catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(OpenAI.RateLimitError);
    const retryAfter = Number((limited as InstanceType<typeof OpenAI.RateLimitError>).headers?.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(7);
  });

  it('sends a mid-stream upstream failure as a final SSE error the SDK throws', async () => {
    t.fake.addRule({ match: { model: 'gpt-4o' }, times: 1, streamError: 2, reply: { contentChunks: ['a', 'b', 'c', 'd', 'e'] } });
    const stream = await client.chat.completions.create({
      model: 'openai/gpt-4o',
      messages: [{ role: 'user', content: 'x' }],
      stream: true,
    });
    let text = '';
    const err = await (async () => {
      for await (const c of stream) text += c.choices[0]?.delta.content ?? '';
    })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.APIError);
    expect(text.length).toBeGreaterThan(0);
  });

  it('lists models and routes', async () => {
    const models = await client.models.list();
    const ids = models.data.map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining(['openai/gpt-4o', 'openai/gpt-4o-mini', 'anthropic/claude-sonnet-4-5', 'smart']));
    const one = await client.models.retrieve('openai/gpt-4o');
    expect(one.owned_by).toBe('openai');
  });
});
