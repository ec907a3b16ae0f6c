import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/start-test-gateway.js';

let t: TestGateway;
let client: Anthropic;

beforeAll(async () => {
  t = await startTestGateway();
  client = new Anthropic({ baseURL: t.url, apiKey: 'unused', maxRetries: 0 });
});
afterAll(() => t.close());
beforeEach(() => t.fake.reset());

const tools: Anthropic.Tool[] = [
  {
    name: 'get_weather',
    description: 'Weather',
    input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  },
];

describe('Anthropic SDK against /v1/messages (any backend)', () => {
  for (const model of ['anthropic/claude-sonnet-4-5', 'openai/gpt-4o']) {
    it(`creates a message via ${model}`, async () => {
      const msg = await client.messages.create({
        model,
        max_tokens: 256,
        system: 'be brief',
        messages: [{ role: 'user', content: 'hello' }],
      });
      expect(msg.type).toBe('message');
      expect(msg.role).toBe('assistant');
      expect(msg.content[0]).toMatchObject({ type: 'text', text: `Hello from ${model.split('/')[1]}! You said: hello` });
      expect(msg.stop_reason).toBe('end_turn');
      expect(msg.usage.output_tokens).toBeGreaterThan(0);
      expect(msg.id).toMatch(/^msg_/);
    });

    it(`streams exact Anthropic events via ${model}`, async () => {
      const stream = client.messages.stream({ model, max_tokens: 256, messages: [{ role: 'user', content: 'stream it' }] });
      const types: string[] = [];
      stream.on('streamEvent', (e) => types.push(e.type));
      const final = await stream.finalMessage();
      expect(final.content).toHaveLength(1);
      expect(final.content[0]).toMatchObject({ type: 'text', text: `Hello from ${model.split('/')[1]}! You said: stream it` });
      expect(types[0]).toBe('message_start');
      expect(types).toContain('content_block_start');
      expect(types).toContain('content_block_delta');
      expect(types.slice(-2)).toEqual(['message_delta', 'message_stop']);
      expect(final.stop_reason).toBe('end_turn');
      expect(final.usage.output_tokens).toBeGreaterThan(0);
    });

    it(`returns tool_use blocks (JSON and stream) via ${model}`, async () => {
      const msg = await client.messages.create({
        model,
        max_tokens: 256,
        tools,
        messages: [{ role: 'user', content: 'weather in Paris?' }],
      });
      expect(msg.stop_reason).toBe('tool_use');
      const use = msg.content.find((b) => b.type === 'tool_use');
      expect(use).toMatchObject({ type: 'tool_use', name: 'get_weather', input: { city: 'Paris' } });

      const final = await client.messages
        .stream({ model, max_tokens: 256, tools, messages: [{ role: 'user', content: 'weather in Paris?' }] })
        .finalMessage();
      expect(final.stop_reason).toBe('tool_use');
      expect(final.content.find((b) => b.type === 'tool_use')).toMatchObject({ name: 'get_weather', input: { city: 'Paris' } });

      // Round trip: the tool result goes back as a tool message on any backend.
      const after = await client.messages.create({
        model,
        max_tokens: 256,
        tools,
        messages: [
          { role: 'user', content: 'weather in Paris?' },
          { role: 'assistant', content: msg.content },
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: (use as Anthropic.ToolUseBlock).id, content: 'sunny, 21C' }] },
        ],
      });
      expect(after.content[0]).toMatchObject({ type: 'text', text: expect.stringContaining('sunny, 21C') });
    });
  }

  it('streams thinking blocks with signatures from Claude', async () => {
    const final = await client.messages
      .stream({
        model: 'anthropic/claude-sonnet-4-5',
        max_tokens: 4000,
        thinking: { type: 'enabled', budget_tokens: 2000 },
        messages: [{ role: 'user', content: 'think' }],
      })
      .finalMessage();
    const thinking = final.content.find((b) => b.type === 'thinking') as Anthropic.ThinkingBlock | undefined;
    expect(thinking?.thinking.length).toBeGreaterThan(0);
    expect(thinking?.signature.length).toBeGreaterThan(0);
    expect(final.content.some((b) => b.type === 'text')).toBe(true);
  });

  it('answers Anthropic-shaped errors the SDK maps to its classes', async () => {
    const bad = await client.messages
      .create({
        model: 'openai/gpt-4o',
        messages: [{ role: 'user', content: 'x' }],
      } as unknown as Anthropic.MessageCreateParamsNonStreaming)
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(Anthropic.BadRequestError);
    expect((bad as InstanceType<typeof Anthropic.BadRequestError>).error).toMatchObject({
      type: 'error',
      error: { type: 'invalid_request_error', message: expect.stringContaining('max_tokens') },
    });
    const missing = await client.messages
      .create({ model: 'no-such-model', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] })
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(Anthropic.NotFoundError);
    t.fake.addRule({ match: { model: 'claude-sonnet-4-5' }, error: 'overloaded' });
    const over = await client.messages
      .create({ model: 'anthropic/claude-sonnet-4-5', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] })
      .catch((e: unknown) => e);
    expect(over).toBeInstanceOf(Anthropic.APIError);
    expect((over as InstanceType<typeof Anthropic.APIError>).status).toBe(529);
  });

  it('passes base64 images to any backend', async () => {
    const data = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    for (const model of ['openai/gpt-4o', 'anthropic/claude-sonnet-4-5']) {
      const msg = await client.messages.create({
        model,
        max_tokens: 64,
        messages: [
          {
            role: 'user',
            content: [
              { type: 'image', source: { type: 'base64', media_type: 'image/png', data } },
              { type: 'text', text: 'what?' },
            ],
          },
        ],
      });
      expect(msg.content[0]).toMatchObject({ type: 'text', text: expect.stringContaining('I see 1 image') });
    }
  });

  it('counts tokens', async () => {
    const r = await client.messages.countTokens({
      model: 'anthropic/claude-sonnet-4-5',
      messages: [{ role: 'user', content: 'hello world' }],
    });
    expect(r.input_tokens).toBeGreaterThan(0);
  });
});
