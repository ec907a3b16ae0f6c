import { describe, expect, it } from 'vitest';
import type { BackendType } from '../../settings/backend-type.js';
import type { ChatRequest } from '../../spec/chat-request.js';
import { PRESETS } from '../presets.js';
import type { AdapterContext } from '../provider-adapter.js';
import { convertToOpenAIRequest } from './convert-to-openai-request.js';

function ctx(backend: BackendType, model: string, over: Partial<AdapterContext> = {}): AdapterContext {
  return {
    provider: backend,
    model,
    apiBase: PRESETS[backend].baseURL,
    apiKey: 'sk-test',
    stream: false,
    quirks: PRESETS[backend].quirks,
    capabilities: { functionCallAvailable: true, responseFormatAvailable: true, nativeMultimodal: false },
    ...over,
  };
}

const weatherTool = {
  type: 'function' as const,
  function: { name: 'get_weather', description: 'Weather now', parameters: { type: 'object', properties: { city: { type: 'string' } } } },
};
const timeTool = { type: 'function' as const, function: { name: 'get_time', parameters: { type: 'object' } } };

describe('convertToOpenAIRequest', () => {
  it('OpenAI reasoning model: max_completion_tokens, developer → system, extensions stripped', () => {
    const request: ChatRequest = {
      model: 'ignored',
      messages: [
        { role: 'developer', content: 'Be terse.' },
        { role: 'user', content: [{ type: 'text', text: 'hi', cache_control: { type: 'ephemeral' } }] },
        {
          role: 'assistant',
          content: 'hello',
          reasoning_content: 'secret thoughts',
          reasoning_details: [{ type: 'thinking', text: 't', signature: 's' }],
        },
        { role: 'user', content: 'again' },
      ],
      max_tokens: 500,
      temperature: 0.2,
      reasoning_effort: 'high',
      logprobs: true,
      provider_options: { anthropic: { top_k: 3 } },
    } as ChatRequest;
    const { body, warnings } = convertToOpenAIRequest(request, ctx('openai', 'gpt-5.5'));
    expect(warnings).toEqual([]);
    expect(body).toMatchInlineSnapshot(`
      {
        "logprobs": true,
        "max_completion_tokens": 500,
        "messages": [
          {
            "content": "Be terse.",
            "role": "system",
          },
          {
            "content": [
              {
                "text": "hi",
                "type": "text",
              },
            ],
            "role": "user",
          },
          {
            "content": "hello",
            "role": "assistant",
          },
          {
            "content": "again",
            "role": "user",
          },
        ],
        "model": "gpt-5.5",
        "reasoning_effort": "high",
        "temperature": 0.2,
      }
    `);
    // The caller's request is never mutated.
    expect(request.messages[0].role).toBe('developer');
    expect((request.messages[2] as { reasoning_content?: string }).reasoning_content).toBe('secret thoughts');
  });

  it('OpenAI o-series drops sampling parameters with one warning; chat models keep max_tokens', () => {
    const request: ChatRequest = {
      messages: [{ role: 'user', content: 'x' }],
      temperature: 0.5,
      top_p: 0.9,
      presence_penalty: 1,
      max_tokens: 100,
    };
    const o = convertToOpenAIRequest(request, ctx('openai', 'o4-mini'));
    expect(o.body).not.toHaveProperty('temperature');
    expect(o.body).not.toHaveProperty('top_p');
    expect(o.body).not.toHaveProperty('presence_penalty');
    expect(o.body.max_completion_tokens).toBe(100);
    expect(o.warnings).toEqual(['temperature, top_p, presence_penalty not supported by o4-mini; dropped']);

    const chat = convertToOpenAIRequest(request, ctx('openai', 'gpt-5.2-chat-latest'));
    expect(chat.body.max_tokens).toBe(100);
    expect(chat.body.temperature).toBe(0.5);
  });

  it('DeepSeek streaming: include_usage, thinking object, reasoning_content stripped', () => {
    const { body, warnings } = convertToOpenAIRequest(
      {
        messages: [
          { role: 'user', content: 'q1' },
          { role: 'assistant', content: 'a1', reasoning_content: 'r1' },
          { role: 'user', content: 'q2' },
        ],
        thinking: { type: 'enabled' },
        reasoning_effort: 'max',
        max_completion_tokens: 2048,
        stream: false,
      },
      ctx('deepseek', 'deepseek-v4-pro', { stream: true }),
    );
    expect(warnings).toEqual([]);
    expect(body).toMatchInlineSnapshot(`
      {
        "max_tokens": 2048,
        "messages": [
          {
            "content": "q1",
            "role": "user",
          },
          {
            "content": "a1",
            "role": "assistant",
          },
          {
            "content": "q2",
            "role": "user",
          },
        ],
        "model": "deepseek-v4-pro",
        "reasoning_effort": "max",
        "stream": true,
        "stream_options": {
          "include_usage": true,
        },
        "thinking": {
          "type": "enabled",
        },
      }
    `);
  });

  it('keeps a user-given stream_options and drops stream fields when not streaming', () => {
    const streaming = convertToOpenAIRequest(
      { messages: [{ role: 'user', content: 'x' }], stream_options: { include_usage: false } },
      ctx('openai', 'gpt-5.4-mini', { stream: true }),
    );
    expect(streaming.body.stream_options).toEqual({ include_usage: false });
    const plain = convertToOpenAIRequest(
      { messages: [{ role: 'user', content: 'x' }], stream: true, stream_options: { include_usage: true } },
      ctx('openai', 'gpt-5.4-mini'),
    );
    expect(plain.body).not.toHaveProperty('stream');
    expect(plain.body).not.toHaveProperty('stream_options');
  });

  it('Qwen: thinking becomes enable_thinking + thinking_budget; provider options merge last', () => {
    const { body, warnings } = convertToOpenAIRequest(
      {
        messages: [{ role: 'user', content: '你好' }],
        thinking: { type: 'enabled', budget_tokens: 4000 },
        temperature: 3,
        provider_options: { openai: { user: 'u1', enable_search: false }, qwen: { enable_search: true }, deepseek: { x: 1 } },
      },
      ctx('qwen', 'qwen3-max', { stream: true }),
    );
    expect(body).toMatchInlineSnapshot(`
      {
        "enable_search": true,
        "enable_thinking": true,
        "messages": [
          {
            "content": "你好",
            "role": "user",
          },
        ],
        "model": "qwen3-max",
        "stream": true,
        "stream_options": {
          "include_usage": true,
        },
        "temperature": 2,
        "thinking_budget": 4000,
        "user": "u1",
      }
    `);
    expect(warnings).toEqual(['temperature 3 clamped to 2 (accepted 0–2)']);
  });

  it('Qwen: reasoning_effort "none" turns thinking off with a warning', () => {
    const { body, warnings } = convertToOpenAIRequest(
      { messages: [{ role: 'user', content: 'x' }], reasoning_effort: 'none' },
      ctx('qwen', 'qwen-plus'),
    );
    expect(body.enable_thinking).toBe(false);
    expect(body).not.toHaveProperty('reasoning_effort');
    expect(warnings).toEqual(['reasoning_effort "none" is not supported; mapped to enable_thinking']);
  });

  it('Mistral: random_seed, tool_choice any (named tool → only that tool), usage without stream_options', () => {
    const { body, warnings } = convertToOpenAIRequest(
      {
        messages: [{ role: 'user', content: 'weather?' }],
        tools: [weatherTool, timeTool],
        tool_choice: { type: 'function', function: { name: 'get_time' } },
        seed: 7,
        temperature: 1.4,
        user: 'someone',
        stream_options: { include_usage: true },
      },
      ctx('mistral', 'mistral-small-latest', { stream: true }),
    );
    expect(body).toMatchInlineSnapshot(`
      {
        "messages": [
          {
            "content": "weather?",
            "role": "user",
          },
        ],
        "model": "mistral-small-latest",
        "random_seed": 7,
        "stream": true,
        "temperature": 1,
        "tool_choice": "any",
        "tools": [
          {
            "function": {
              "name": "get_time",
              "parameters": {
                "type": "object",
              },
            },
            "type": "function",
          },
        ],
      }
    `);
    expect(warnings).toEqual(['temperature 1.4 clamped to 1 (accepted 0–1)', 'user is not supported by mistral; dropped']);
    const required = convertToOpenAIRequest(
      { messages: [{ role: 'user', content: 'x' }], tools: [weatherTool, timeTool], tool_choice: 'required' },
      ctx('mistral', 'mistral-small-latest'),
    );
    expect(required.body.tool_choice).toBe('any');
    expect(required.body.tools).toHaveLength(2);
  });

  it('MiniMax: max_completion_tokens, temperature floor, cache_control kept, n=1 dropped silently', () => {
    const { body, warnings } = convertToOpenAIRequest(
      {
        messages: [
          { role: 'system', content: [{ type: 'text', text: 'long doc', cache_control: { type: 'ephemeral' } }] },
          { role: 'user', content: 'hi' },
        ],
        tools: [{ ...weatherTool, cache_control: { type: 'ephemeral' } }],
        max_tokens: 1000,
        temperature: 0,
        n: 1,
      },
      ctx('minimax', 'MiniMax-M3'),
    );
    expect(body).toMatchInlineSnapshot(`
      {
        "max_completion_tokens": 1000,
        "messages": [
          {
            "content": [
              {
                "cache_control": {
                  "type": "ephemeral",
                },
                "text": "long doc",
                "type": "text",
              },
            ],
            "role": "system",
          },
          {
            "content": "hi",
            "role": "user",
          },
        ],
        "model": "MiniMax-M3",
        "temperature": 0.01,
        "tools": [
          {
            "cache_control": {
              "type": "ephemeral",
            },
            "function": {
              "description": "Weather now",
              "name": "get_weather",
              "parameters": {
                "properties": {
                  "city": {
                    "type": "string",
                  },
                },
                "type": "object",
              },
            },
            "type": "function",
          },
        ],
      }
    `);
    expect(warnings).toEqual(['temperature 0 clamped to 0.01 (accepted 0.01–1)']);
  });

  it('Moonshot echoes reasoning_content (also from reasoning_details) in tool loops', () => {
    const { body } = convertToOpenAIRequest(
      {
        messages: [
          { role: 'user', content: 'weather?' },
          {
            role: 'assistant',
            content: null,
            reasoning_content: 'need the tool',
            tool_calls: [{ id: 'c1', type: 'function', function: { name: 'get_weather', arguments: '{}' } }],
          },
          { role: 'tool', tool_call_id: 'c1', content: 'sunny' },
          { role: 'assistant', content: 'sunny', reasoning_details: [{ type: 'thinking', text: 'from details' }] },
          { role: 'user', content: 'thanks' },
        ],
        tools: [weatherTool],
        tool_choice: 'auto',
        parallel_tool_calls: false,
      },
      ctx('moonshot', 'kimi-k2.6'),
    );
    const messages = body.messages as Record<string, unknown>[];
    expect(messages[1].reasoning_content).toBe('need the tool');
    expect(messages[3]).toEqual({ role: 'assistant', content: 'sunny', reasoning_content: 'from details' });
    expect(body.tool_choice).toBe('auto');
    expect(body.parallel_tool_calls).toBe(false);
  });

  it('drops tool_choice and parallel_tool_calls when no tools are sent', () => {
    const { body } = convertToOpenAIRequest(
      { messages: [{ role: 'user', content: 'x' }], tools: [], tool_choice: 'required', parallel_tool_calls: true },
      ctx('deepseek', 'deepseek-flash'),
    );
    expect(body).not.toHaveProperty('tools');
    expect(body).not.toHaveProperty('tool_choice');
    expect(body).not.toHaveProperty('parallel_tool_calls');
  });

  it('xAI drops its unsupported params with warnings', () => {
    const { body, warnings } = convertToOpenAIRequest(
      { messages: [{ role: 'user', content: 'x' }], stop: ['END'], frequency_penalty: 0.5 },
      ctx('xai', 'grok-4.3'),
    );
    expect(body).not.toHaveProperty('stop');
    expect(body).not.toHaveProperty('frequency_penalty');
    expect(warnings).toEqual(['frequency_penalty is not supported by xai; dropped', 'stop is not supported by xai; dropped']);
  });

  it('response_format: json_schema passes where supported, is downgraded elsewhere, dropped without support', () => {
    const schema = { type: 'object', properties: { answer: { type: 'string' } }, required: ['answer'] };
    const request: ChatRequest = {
      messages: [
        { role: 'system', content: 'You answer.' },
        { role: 'user', content: 'x' },
      ],
      response_format: { type: 'json_schema', json_schema: { name: 'out', schema, strict: true } },
    };
    const openai = convertToOpenAIRequest(request, ctx('openai', 'gpt-5.5'));
    expect(openai.body.response_format).toEqual(request.response_format);
    expect(openai.warnings).toEqual([]);

    const deepseek = convertToOpenAIRequest(request, ctx('deepseek', 'deepseek-flash'));
    expect(deepseek.body.response_format).toEqual({ type: 'json_object' });
    expect((deepseek.body.messages as { content: string }[])[0].content).toBe(
      `You answer.\n\nRespond with only a JSON object that conforms to this JSON Schema:\n${JSON.stringify(schema)}`,
    );
    expect(deepseek.warnings).toEqual([
      'response_format json_schema is not supported by deepseek; sent as json_object with the schema in the prompt',
    ]);

    const none = convertToOpenAIRequest(
      { ...request, response_format: { type: 'json_object' } },
      ctx('baichuan', 'Baichuan4-Turbo', {
        capabilities: { functionCallAvailable: true, responseFormatAvailable: false, nativeMultimodal: false },
      }),
    );
    expect(none.body).not.toHaveProperty('response_format');
    expect((none.body.messages as { content: string }[])[0].content).toBe('You answer.\n\nRespond with only a valid JSON object.');
    expect(none.warnings).toEqual(['response_format json_object is not supported by Baichuan4-Turbo; dropped and requested in the prompt']);
  });

  it('maps thinking to reasoning_effort by default and clamps max_tokens to the model limit', () => {
    const { body, warnings } = convertToOpenAIRequest(
      { messages: [{ role: 'user', content: 'x' }], thinking: { type: 'enabled', budget_tokens: 10_000 }, max_tokens: 99_999 },
      ctx('groq', 'openai/gpt-oss-120b', {
        capabilities: { functionCallAvailable: true, responseFormatAvailable: true, nativeMultimodal: false, maxOutputTokens: 32_768 },
      }),
    );
    expect(body.reasoning_effort).toBe('high');
    expect(body).not.toHaveProperty('thinking');
    expect(body.max_tokens).toBe(32_768);
    expect(warnings).toEqual(["max_tokens 99999 exceeds the model's 32768; clamped", 'thinking mapped to reasoning_effort "high"']);
    const off = convertToOpenAIRequest(
      { messages: [{ role: 'user', content: 'x' }], thinking: { type: 'disabled' } },
      ctx('local', 'qwen3'),
    );
    expect(off.body.reasoning_effort).toBe('none');
  });

  it('Groq streaming sends no stream_options (usage comes in x_groq)', () => {
    const { body } = convertToOpenAIRequest(
      { messages: [{ role: 'user', content: 'x' }], stream_options: { include_usage: true } },
      ctx('groq', 'llama-3.1-8b-instant', { stream: true }),
    );
    expect(body.stream).toBe(true);
    expect(body).not.toHaveProperty('stream_options');
  });
});
