import { functionCallingTestCases } from 'gpt-tokenizer/fixtures/functionCallingTestCases';
import { describe, expect, it } from 'vitest';
import type { ChatMessage, ToolChoice, ToolDefinition } from '../spec/chat-request.js';
import { claudeImageTokens } from './anthropic-image-tokens.js';
import { CLAUDE_TOOL_PROMPT_TOKENS } from './chat-framing.js';
import { countMessageTokens, countMessageTokensSync, getMessageTokenCounts } from './count-message-tokens.js';
import { getTokenCounts } from './get-token-counts.js';
import { renderToolsAsJson } from './render-tool-schemas.js';

/**
 * gpt-tokenizer ships hmarr/openai-chat-tokens' fixtures: requests whose prompt_tokens were read
 * back from the OpenAI API. We replay every case expressible with `tools` (legacy `role: function`
 * messages have no equivalent), translating `functions` → `tools`, `function_call` → `tool_choice`
 * and assistant `function_call` → a single `tool_calls` entry.
 */
describe('OpenAI prompt tokens match API-measured fixtures', () => {
  const cases = functionCallingTestCases.filter((c) => c.messages.every((m) => m.role !== 'function'));

  it('replays at least 25 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases.map((c, i) => [i, c] as const))('case %i', async (_, c) => {
    const messages = c.messages.map((m): ChatMessage => {
      if (m.role === 'assistant' && m.function_call) {
        return {
          role: 'assistant',
          content: m.content,
          tool_calls: [
            { id: 'call_1', type: 'function', function: { name: m.function_call.name ?? '', arguments: m.function_call.arguments ?? '' } },
          ],
        };
      }
      return { role: m.role as 'system' | 'user' | 'assistant', content: m.content, ...(m.name ? { name: m.name } : {}) } as ChatMessage;
    });
    const tools: ToolDefinition[] | undefined = c.functions?.map((f) => ({
      type: 'function',
      function: { name: f.name, description: f.description, parameters: f.parameters as unknown as Record<string, unknown> | undefined },
    }));
    const fc = c.function_call;
    const toolChoice: ToolChoice | undefined =
      fc === undefined ? undefined : typeof fc === 'string' ? fc : { type: 'function', function: { name: fc.name } };
    expect(await getMessageTokenCounts(messages, 'gpt-4o', { tools, toolChoice })).toBe(c.tokens);
  });
});

describe('breakdown', () => {
  const messages: ChatMessage[] = [
    { role: 'system', content: 'You are terse.' },
    { role: 'user', content: 'hello robot' },
    { role: 'assistant', content: 'hello world' },
  ];

  it('sums per-message, tools and overhead into the total', async () => {
    const b = await countMessageTokens(messages, 'gpt-4o');
    expect(b.perMessage).toHaveLength(3);
    expect(b.total).toBe(b.perMessage.reduce((a, x) => a + x, 0) + b.tools + b.overhead);
    expect(b.overhead).toBe(3);
    // user "hello robot": 3 framing + "user" + 2 text tokens
    expect(b.perMessage[1]).toBe(3 + 1 + 2);
    expect(b.estimated).toBe(false);
  });

  it('sync count equals async count once the tokenizer is loaded', async () => {
    const asyncCount = await countMessageTokens(messages, 'gpt-5.5');
    expect(countMessageTokensSync(messages, 'gpt-5.5')).toEqual(asyncCount);
  });

  it('estimate-family models are flagged', async () => {
    const b = await countMessageTokens(messages, 'glm-5.2');
    expect(b).toMatchObject({ family: 'estimate', estimated: true });
    expect(b.total).toBeGreaterThan(10);
  });
});

describe('images and tools per vendor', () => {
  function pngDataUrl(width: number, height: number): string {
    const bytes = Buffer.alloc(24);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).copy(bytes);
    bytes.write('IHDR', 12, 'latin1');
    bytes.writeUInt32BE(width, 16);
    bytes.writeUInt32BE(height, 20);
    return `data:image/png;base64,${bytes.toString('base64')}`;
  }

  const withImage = (url: string, detail?: 'low' | 'high'): ChatMessage[] => [
    {
      role: 'user',
      content: [
        { type: 'text', text: 'What is this?' },
        { type: 'image_url', image_url: detail ? { url, detail } : { url } },
      ],
    },
  ];

  it('adds OpenAI tile tokens for an image', async () => {
    const text = await countMessageTokens([{ role: 'user', content: 'What is this?' }], 'gpt-4o');
    const b = await countMessageTokens(withImage(pngDataUrl(1024, 1024), 'high'), 'gpt-4o');
    expect(b.images).toBe(765);
    expect(b.total - text.total).toBe(765);
    expect((await countMessageTokens(withImage(pngDataUrl(1024, 1024), 'low'), 'gpt-4o')).images).toBe(85);
  });

  it('adds Claude patch tokens and the tool-use system prompt', async () => {
    const url = pngDataUrl(1920, 1080);
    const tools: ToolDefinition[] = [
      {
        type: 'function',
        function: {
          name: 'get_weather',
          description: 'Weather for a city',
          parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
        },
      },
    ];
    const b = await countMessageTokens(withImage(url), 'claude-haiku-4-5', { tools });
    expect(b.images).toBe(claudeImageTokens(1920, 1080, 'claude-haiku-4-5'));
    const schema = await getTokenCounts(renderToolsAsJson(tools), 'claude-haiku-4-5');
    expect(b.tools).toBe(schema + CLAUDE_TOOL_PROMPT_TOKENS.auto);
    const forced = await countMessageTokens(withImage(url), 'claude-haiku-4-5', { tools, toolChoice: 'required' });
    expect(forced.tools).toBe(schema + CLAUDE_TOOL_PROMPT_TOKENS.forced);
  });

  it('uses the Gemini per-image budget and content-only framing', async () => {
    const b = await countMessageTokens(withImage('https://example.com/x.png'), 'gemini-3.5-flash');
    expect(b.images).toBe(1120);
    // ai.google.dev/api/tokens: this prompt counts total_tokens: 10 (content only, no framing).
    const plain = await countMessageTokens([{ role: 'user', content: 'The quick brown fox jumps over the lazy dog.' }], 'gemini-3.5-flash');
    expect(plain.total).toBe(10);
  });

  it('counts tool calls and tool results, and tolerates loose content', async () => {
    const convo = [
      { role: 'user', content: ['What is the weather in Paris?'] },
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'c1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } }],
      },
      { role: 'tool', tool_call_id: 'c1', content: '{"temp_c": 21}' },
    ] as unknown as ChatMessage[];
    const b = await countMessageTokens(convo, 'qwen3-max');
    expect(b.perMessage.every((n) => n > 4)).toBe(true);
    const callOnly = (await getTokenCounts('get_weather', 'qwen3-max')) + (await getTokenCounts('{"city":"Paris"}', 'qwen3-max'));
    expect(b.perMessage[1]).toBeGreaterThan(callOnly);
  });
});
