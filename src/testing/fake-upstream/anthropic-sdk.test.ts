import Anthropic, { type APIError } from '@anthropic-ai/sdk';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { errors } from './errors/index.js';
import type { FakeUpstream } from './fake-upstream.js';
import { startFakeUpstream } from './start-fake-upstream.js';

const weatherTool: Anthropic.Tool = {
  name: 'get_weather',
  description: 'Weather for a city',
  input_schema: {
    type: 'object',
    properties: { city: { type: 'string' }, unit: { type: 'string', enum: ['celsius', 'fahrenheit'] } },
    required: ['city'],
  },
};

describe('fake upstream × official @anthropic-ai/sdk', () => {
  let fake: FakeUpstream;
  let client: Anthropic;

  beforeAll(async () => {
    fake = await startFakeUpstream();
    client = new Anthropic({ baseURL: fake.url, apiKey: 'sk-ant-test', maxRetries: 0 });
  });
  afterEach(() => fake.reset());
  afterAll(() => fake.close());

  it('answers a Messages request and logs x-api-key', async () => {
    const msg = await client.messages.create({
      model: 'claude-sonnet-5',
      max_tokens: 256,
      system: 'Be brief.',
      messages: [{ role: 'user', content: 'Hi Claude' }],
    });
    expect(msg.type).toBe('message');
    expect(msg.content).toEqual([{ type: 'text', text: 'Hello from claude-sonnet-5! You said: Hi Claude' }]);
    expect(msg.stop_reason).toBe('end_turn');
    expect(msg.usage.input_tokens).toBeGreaterThan(0);
    expect(msg.usage.output_tokens).toBeGreaterThan(0);
    expect(fake.requests[0]).toMatchObject({
      protocol: 'anthropic',
      path: '/v1/messages',
      apiKey: 'sk-ant-test',
      model: 'claude-sonnet-5',
    });
    expect(fake.requests[0].headers['anthropic-version']).toBe('2023-06-01');
  });

  it('streams thinking (with signature) and tool_use blocks that finalMessage() reassembles', async () => {
    const stream = client.messages.stream({
      model: 'claude-sonnet-5',
      max_tokens: 4096,
      thinking: { type: 'enabled', budget_tokens: 2048 },
      tools: [weatherTool],
      messages: [{ role: 'user', content: 'What is the weather like?' }],
    });
    const events: string[] = [];
    stream.on('streamEvent', (e) => events.push(e.type));
    const final = await stream.finalMessage();
    expect(final.stop_reason).toBe('tool_use');
    const [thinking, toolUse] = final.content;
    expect(thinking.type).toBe('thinking');
    if (thinking.type !== 'thinking') throw new Error('expected thinking');
    expect(thinking.thinking).toBe('Let me think. The user said: What is the weather like?');
    expect(thinking.signature.length).toBeGreaterThan(10);
    if (toolUse.type !== 'tool_use') throw new Error('expected tool_use');
    expect(toolUse.name).toBe('get_weather');
    expect(toolUse.input).toEqual({ city: 'Paris', unit: 'celsius' });
    expect(toolUse.id).toMatch(/^toolu_/);
    expect(final.usage.output_tokens).toBeGreaterThan(1);
    expect(events[0]).toBe('message_start');
    expect(events.at(-1)).toBe('message_stop');
    for (const t of ['content_block_start', 'content_block_delta', 'content_block_stop', 'message_delta']) expect(events).toContain(t);
  });

  it('round-trips a tool result into a text answer', async () => {
    const first = await client.messages.create({
      model: 'claude-haiku-4-5',
      max_tokens: 100,
      tools: [weatherTool],
      tool_choice: { type: 'any' },
      messages: [{ role: 'user', content: 'hi' }],
    });
    const use = first.content.find((b) => b.type === 'tool_use');
    if (use?.type !== 'tool_use') throw new Error('expected tool_use');
    const second = await client.messages.create({
      model: 'claude-haiku-4-5',
      max_tokens: 100,
      tools: [weatherTool],
      messages: [
        { role: 'user', content: 'hi' },
        { role: 'assistant', content: first.content },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: use.id, content: 'sunny' }] },
      ],
    });
    expect(second.content).toEqual([{ type: 'text', text: 'The tool get_weather returned: sunny' }]);
  });

  it('529 overloaded → APIError with status 529 (InternalServerError)', async () => {
    fake.addRule({ times: 1, ...errors.anthropicOverloaded() });
    const err = await client.messages
      .create({ model: 'claude-sonnet-5', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.InternalServerError);
    expect((err as APIError).status).toBe(529);
    expect((err as APIError).error).toMatchObject({ type: 'error', error: { type: 'overloaded_error' } });
  });

  it('429 rate_limit_error carries retry-after', async () => {
    fake.addRule({ error: 'rate_limit', times: 1 });
    const err = await client.messages
      .create({ model: 'claude-sonnet-5', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.RateLimitError);
    expect((err as APIError).headers?.get('retry-after')).toBe('1');
  });

  it('an in-stream overloaded error event makes the stream throw', async () => {
    fake.addRule({ streamError: 0 });
    const stream = client.messages.stream({ model: 'claude-sonnet-5', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] });
    const err = await stream.finalMessage().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.APIError);
    expect(String((err as Error).message)).toContain('overloaded_error');
  });

  it('strict mode rejects what the real API rejects, with native bodies', async () => {
    const bad = await client.messages
      .create({
        model: 'claude-sonnet-5',
        max_tokens: 1000,
        thinking: { type: 'enabled', budget_tokens: 2000 },
        messages: [{ role: 'user', content: 'hi' }],
      })
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(Anthropic.BadRequestError);
    expect((bad as APIError).message).toContain('max_tokens');

    const orphan = await client.messages
      .create({
        model: 'claude-sonnet-5',
        max_tokens: 100,
        messages: [{ role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_x', content: 'r' }] }],
      })
      .catch((e: unknown) => e);
    expect(orphan).toBeInstanceOf(Anthropic.BadRequestError);
    expect((orphan as APIError).message).toContain('unexpected `tool_use_id`');
  });

  it('counts tokens and lists models', async () => {
    const count = await client.messages.countTokens({ model: 'claude-sonnet-5', messages: [{ role: 'user', content: 'a'.repeat(400) }] });
    expect(count.input_tokens).toBe(100);
    const models = await client.models.list();
    expect(models.data.map((m) => m.id)).toContain('claude-sonnet-5');
  });
});
