import OpenAI, { type APIError } from 'openai';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { errors } from './errors/index.js';
import type { FakeUpstream } from './fake-upstream.js';
import { startFakeUpstream } from './start-fake-upstream.js';

const weatherTool: OpenAI.Chat.Completions.ChatCompletionTool = {
  type: 'function',
  function: {
    name: 'get_weather',
    parameters: { type: 'object', properties: { city: { type: 'string' }, days: { type: 'integer', minimum: 3 } }, required: ['city'] },
  },
};

describe('fake upstream × official openai SDK', () => {
  let fake: FakeUpstream;
  let client: OpenAI;

  beforeAll(async () => {
    fake = await startFakeUpstream();
    client = new OpenAI({ baseURL: `${fake.url}/v1`, apiKey: 'sk-test-key', maxRetries: 0 });
  });
  afterEach(() => fake.reset());
  afterAll(() => fake.close());

  it('answers a chat completion and logs the request with its key', async () => {
    const res = await client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'Hi there' }] });
    expect(res.object).toBe('chat.completion');
    expect(res.choices[0].message.content).toBe('Hello from gpt-4o! You said: Hi there');
    expect(res.choices[0].finish_reason).toBe('stop');
    expect(res.usage?.total_tokens).toBe((res.usage?.prompt_tokens ?? 0) + (res.usage?.completion_tokens ?? 0));
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({
      protocol: 'openai',
      path: '/v1/chat/completions',
      model: 'gpt-4o',
      stream: false,
      apiKey: 'sk-test-key',
      status: 200,
      aborted: false,
    });
    expect(fake.requests[0].body).toMatchObject({ messages: [{ role: 'user', content: 'Hi there' }] });
  });

  it('streams with include_usage: role chunk, several deltas, finish, then a usage chunk with no choices', async () => {
    const stream = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Tell me something' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    const chunks: OpenAI.Chat.Completions.ChatCompletionChunk[] = [];
    for await (const chunk of stream) chunks.push(chunk);
    const text = chunks.map((c) => c.choices[0]?.delta.content ?? '').join('');
    expect(text).toBe('Hello from gpt-4o-mini! You said: Tell me something');
    expect(chunks[0].choices[0].delta.role).toBe('assistant');
    expect(chunks.filter((c) => c.choices[0]?.delta.content).length).toBeGreaterThan(2);
    const last = chunks.at(-1);
    expect(last?.choices).toEqual([]);
    expect(last?.usage?.completion_tokens).toBeGreaterThan(0);
    expect(last?.usage?.total_tokens).toBe((last?.usage?.prompt_tokens ?? 0) + (last?.usage?.completion_tokens ?? 0));
    expect(chunks.at(-2)?.choices[0].finish_reason).toBe('stop');
  });

  it('sends no usage chunk without include_usage', async () => {
    const stream = await client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'x' }], stream: true });
    const chunks: OpenAI.Chat.Completions.ChatCompletionChunk[] = [];
    for await (const chunk of stream) chunks.push(chunk);
    expect(chunks.every((c) => c.choices.length === 1 && c.usage == null)).toBe(true);
  });

  it('calls the declared tool with schema-built arguments, reassembled from streamed deltas', async () => {
    const runner = client.chat.completions.stream({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'What is the weather in Paris?' }],
      tools: [weatherTool],
    });
    const final = await runner.finalChatCompletion();
    const call = final.choices[0].message.tool_calls?.[0];
    expect(final.choices[0].finish_reason).toBe('tool_calls');
    expect(call?.type).toBe('function');
    if (call?.type !== 'function') throw new Error('expected a function call');
    expect(call.function.name).toBe('get_weather');
    expect(JSON.parse(call.function.arguments)).toEqual({ city: 'Paris', days: 3 });
    expect(call.id).toMatch(/^call_/);
  });

  it('honours a forced tool_choice and answers tool results with text', async () => {
    const forced = await client.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'hello' }],
      tools: [{ type: 'function', function: { name: 'noop', parameters: { type: 'object', properties: {} } } }, weatherTool],
      tool_choice: { type: 'function', function: { name: 'get_weather' } },
    });
    const call = forced.choices[0].message.tool_calls?.[0];
    if (call?.type !== 'function') throw new Error('expected a function call');
    expect(call.function.name).toBe('get_weather');

    const followUp = await client.chat.completions.create({
      model: 'gpt-4o',
      messages: [
        { role: 'user', content: 'weather?' },
        { role: 'assistant', content: null, tool_calls: [call] },
        { role: 'tool', tool_call_id: call.id, content: '{"temp":21}' },
      ],
      tools: [weatherTool],
    });
    expect(followUp.choices[0].message.content).toBe('The tool get_weather returned: {"temp":21}');
    expect(followUp.choices[0].finish_reason).toBe('stop');
  });

  it('passes reasoning_content through for thinking models, JSON and streamed', async () => {
    const res = await client.chat.completions.create({ model: 'deepseek-reasoner', messages: [{ role: 'user', content: 'why?' }] });
    const message = res.choices[0].message as OpenAI.Chat.Completions.ChatCompletionMessage & { reasoning_content?: string };
    expect(message.reasoning_content).toBe('Let me think. The user said: why?');
    expect(res.usage?.completion_tokens_details?.reasoning_tokens).toBeGreaterThan(0);

    const stream = await client.chat.completions.create({
      model: 'qwen-plus',
      messages: [{ role: 'user', content: 'why?' }],
      stream: true,
      enable_thinking: true,
    } as OpenAI.Chat.Completions.ChatCompletionCreateParamsStreaming);
    let reasoning = '';
    for await (const chunk of stream) {
      reasoning += (chunk.choices[0]?.delta as { reasoning_content?: string } | undefined)?.reasoning_content ?? '';
    }
    expect(reasoning).toBe('Let me think. The user said: why?');
  });

  it('puts reasoning where a rule says: `reasoning` field or <think> tags in the content', async () => {
    fake.addRule({ times: 2, reply: { reasoning: 'hmm', reasoningField: 'reasoning' } });
    const res = await client.chat.completions.create({ model: 'step-3', messages: [{ role: 'user', content: 'q' }] });
    const message = res.choices[0].message as OpenAI.Chat.Completions.ChatCompletionMessage & Record<string, unknown>;
    expect(message.reasoning).toBe('hmm');
    expect(message.reasoning_content).toBeUndefined();
    const stream = await client.chat.completions.create({ model: 'step-3', messages: [{ role: 'user', content: 'q' }], stream: true });
    let streamed = '';
    for await (const chunk of stream) streamed += (chunk.choices[0]?.delta as { reasoning?: string } | undefined)?.reasoning ?? '';
    expect(streamed).toBe('hmm');

    fake.addRule({ times: 2, reply: { reasoning: 'deep thoughts here', reasoningField: 'think_tags' } });
    const tagged = await client.chat.completions.create({ model: 'MiniMax-M3', messages: [{ role: 'user', content: 'q' }] });
    expect(tagged.choices[0].message.content).toBe('<think>deep thoughts here</think>Hello from MiniMax-M3! You said: q');
    const taggedStream = await client.chat.completions.create({
      model: 'MiniMax-M3',
      messages: [{ role: 'user', content: 'q' }],
      stream: true,
    });
    let text = '';
    for await (const chunk of taggedStream) text += chunk.choices[0]?.delta.content ?? '';
    expect(text).toBe('<think>deep thoughts here</think>Hello from MiniMax-M3! You said: q');
  });

  it('reset() restarts ids so replies are identical run to run; entries get finishedAt', async () => {
    const first = await client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'x' }] });
    await fake.waitFor((r) => r[0]?.finishedAt !== undefined, 1000);
    expect(fake.requests[0]).toMatchObject({ id: 1, aborted: false, dropped: false });
    fake.reset();
    const second = await client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'x' }] });
    expect(second.id).toBe(first.id);
    expect(second.id).toBe('chatcmpl-fake000001');
    expect(fake.requests[0].id).toBe(1);
  });

  it('acknowledges images', async () => {
    const res = await client.chat.completions.create({
      model: 'gpt-4o',
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'What is this?' },
            { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
            { type: 'image_url', image_url: { url: 'https://example.com/a.png' } },
          ],
        },
      ],
    });
    expect(res.choices[0].message.content).toBe('Hello from gpt-4o! I see 2 image(s). You said: What is this?');
  });

  it('a 429 rule makes the SDK throw RateLimitError with retry-after visible', async () => {
    fake.addRule({ match: { model: 'gpt-4o' }, times: 1, ...errors.openaiRateLimit({ retryAfterS: 7 }) });
    const err = await client.chat.completions
      .create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.RateLimitError);
    const rate = err as InstanceType<typeof OpenAI.RateLimitError>;
    expect(rate.status).toBe(429);
    expect(rate.headers?.get('retry-after')).toBe('7');
    expect(rate.code).toBe('rate_limit_exceeded');
    // times: 1 — the next call succeeds.
    await expect(client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] })).resolves.toBeDefined();
  });

  it('insufficient_quota and a rejected key come back with their native codes', async () => {
    fake.addRule({ times: 1, ...errors.openaiInsufficientQuota() });
    const quota = await client.chat.completions
      .create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e);
    expect(quota).toBeInstanceOf(OpenAI.RateLimitError);
    expect((quota as APIError).code).toBe('insufficient_quota');

    fake.addRule({ match: { apiKey: 'bad-key' }, status: 401 });
    const bad = new OpenAI({ baseURL: `${fake.url}/v1`, apiKey: 'bad-key', maxRetries: 0 });
    const auth = await bad.chat.completions
      .create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e);
    expect(auth).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((auth as APIError).code).toBe('invalid_api_key');
    // Other keys are unaffected by the key-specific rule.
    await expect(client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] })).resolves.toBeDefined();
  });

  it('an in-stream error event makes the SDK iterator throw after partial content', async () => {
    fake.addRule({ streamError: 3 });
    const stream = await client.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'a long answer please' }],
      stream: true,
    });
    let text = '';
    const consume = async (): Promise<void> => {
      for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    };
    const err = await consume().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.APIError);
    expect((err as APIError).message).toContain('The server had an error');
    expect(text.length).toBeGreaterThan(0);
  });

  it('rule reply overrides text, finish reason and usage', async () => {
    fake.addRule({
      reply: { content: 'scripted', finishReason: 'length', usage: { inputTokens: 100, outputTokens: 5, cachedTokens: 40 } },
    });
    const res = await client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] });
    expect(res.choices[0].message.content).toBe('scripted');
    expect(res.choices[0].finish_reason).toBe('length');
    expect(res.usage).toMatchObject({
      prompt_tokens: 100,
      completion_tokens: 5,
      total_tokens: 105,
      prompt_tokens_details: { cached_tokens: 40 },
    });
  });

  it('lists models', async () => {
    const page = await client.models.list();
    expect(page.data.map((m) => m.id)).toContain('gpt-4o');
  });

  it('works under any base path (Zhipu, DashScope-style prefixes)', async () => {
    const zhipu = new OpenAI({ baseURL: `${fake.url}/api/paas/v4`, apiKey: 'z', maxRetries: 0 });
    fake.addRule({ match: { path: '/api/paas/v4/' }, times: 1, ...errors.zhipu(1302) });
    const err = await zhipu.chat.completions
      .create({ model: 'glm-5', messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.RateLimitError);
    expect((err as APIError).error).toMatchObject({ code: '1302' });
    const ok = await zhipu.chat.completions.create({ model: 'glm-5', messages: [{ role: 'user', content: 'hi' }] });
    expect(ok.choices[0].message.content).toBe('Hello from glm-5! You said: hi');
  });
});
