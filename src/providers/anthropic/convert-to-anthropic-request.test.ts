import type Anthropic from '@anthropic-ai/sdk';
import { describe, expect, it } from 'vitest';
import { LLMError } from '../../errors/llm-error.js';
import type { ChatRequest } from '../../spec/chat-request.js';
import type { AdapterContext } from '../provider-adapter.js';
import type { AnthropicRequestBody } from './anthropic-wire-types.js';
import { convertToAnthropicRequest, DEFAULT_ANTHROPIC_MAX_TOKENS } from './convert-to-anthropic-request.js';

function ctx(over: Partial<AdapterContext> = {}): AdapterContext {
  return {
    provider: 'anthropic',
    model: 'claude-sonnet-5',
    apiBase: 'https://api.anthropic.com/v1',
    apiKey: 'sk-ant-test',
    stream: false,
    quirks: { temperatureRange: [0, 1] },
    capabilities: { functionCallAvailable: true, responseFormatAvailable: true, nativeMultimodal: true },
    ...over,
  };
}

function convert(request: ChatRequest, over: Partial<AdapterContext> = {}) {
  const result = convertToAnthropicRequest(request, ctx(over));
  // Compile-time check (tsc over the tests) that what we build is a valid Messages request per
  // the official SDK; `stream` is left out because the SDK splits it into two param types.
  const typed: Omit<AnthropicRequestBody, 'stream'> = result.body;
  typed satisfies Anthropic.MessageCreateParamsNonStreaming;
  return result;
}

function captureError(fn: () => unknown): LLMError {
  try {
    fn();
  } catch (error) {
    if (error instanceof LLMError) return error;
    throw error;
  }
  throw new Error('expected an LLMError');
}

describe('convertToAnthropicRequest', () => {
  it('hoists system and developer messages to top-level system blocks, keeping cache_control', () => {
    const { body, warnings } = convert({
      messages: [
        { role: 'system', content: [{ type: 'text', text: 'You are terse.', cache_control: { type: 'ephemeral', ttl: '1h' } }] },
        { role: 'user', content: 'Hi' },
        { role: 'developer', content: 'Answer in French.' },
        { role: 'assistant', content: 'Salut.' },
        { role: 'user', content: 'Again?' },
      ],
    });
    expect(warnings).toEqual([]);
    expect(body).toMatchInlineSnapshot(`
      {
        "max_tokens": 4096,
        "messages": [
          {
            "content": [
              {
                "text": "Hi",
                "type": "text",
              },
            ],
            "role": "user",
          },
          {
            "content": [
              {
                "text": "Salut.",
                "type": "text",
              },
            ],
            "role": "assistant",
          },
          {
            "content": [
              {
                "text": "Again?",
                "type": "text",
              },
            ],
            "role": "user",
          },
        ],
        "model": "claude-sonnet-5",
        "system": [
          {
            "cache_control": {
              "ttl": "1h",
              "type": "ephemeral",
            },
            "text": "You are terse.",
            "type": "text",
          },
          {
            "text": "Answer in French.",
            "type": "text",
          },
        ],
      }
    `);
  });

  it('merges consecutive same-role turns and starts with a placeholder user turn when needed', () => {
    const { body, warnings } = convert({
      messages: [
        { role: 'assistant', content: 'Hello! How can I help?' },
        { role: 'assistant', content: 'I can also translate.' },
        { role: 'user', content: 'First question.' },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Second question.' },
            { type: 'text', text: '' },
          ],
        },
        { role: 'user', content: '' },
      ],
    });
    expect(warnings).toEqual([
      'messages[4]: empty user message skipped',
      'messages: conversation starts with an assistant turn; a placeholder user turn was inserted',
    ]);
    expect(body.messages).toMatchInlineSnapshot(`
      [
        {
          "content": [
            {
              "text": ".",
              "type": "text",
            },
          ],
          "role": "user",
        },
        {
          "content": [
            {
              "text": "Hello! How can I help?",
              "type": "text",
            },
            {
              "text": "I can also translate.",
              "type": "text",
            },
          ],
          "role": "assistant",
        },
        {
          "content": [
            {
              "text": "First question.",
              "type": "text",
            },
            {
              "text": "Second question.",
              "type": "text",
            },
          ],
          "role": "user",
        },
      ]
    `);
  });

  it('sends a placeholder user turn when there are only system messages', () => {
    const { body, warnings } = convert({ messages: [{ role: 'system', content: 'Say hi.' }] });
    expect(body.messages).toEqual([{ role: 'user', content: [{ type: 'text', text: '.' }] }]);
    expect(warnings).toEqual(['messages: no user or assistant message; a placeholder user turn was sent']);
  });

  it('round-trips a tool conversation: tool_use blocks, merged tool_result turn, results before text', () => {
    const { body, warnings } = convert({
      messages: [
        { role: 'user', content: 'Weather in Paris and Rome?' },
        {
          role: 'assistant',
          content: 'Checking both.',
          tool_calls: [
            { id: 'toolu_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } },
            { id: 'toolu_2', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Rome"}' } },
            { id: 'toolu_3', type: 'function', function: { name: 'get_time', arguments: '' } },
          ],
        },
        { role: 'tool', tool_call_id: 'toolu_1', content: '{"temp_c":18}' },
        { role: 'user', content: 'Also, use Celsius.' },
        { role: 'tool', tool_call_id: 'toolu_2', content: [{ type: 'text', text: '{"temp_c":24}', cache_control: { type: 'ephemeral' } }] },
        { role: 'tool', tool_call_id: 'toolu_3', content: '' },
      ],
      tools: [
        {
          type: 'function',
          function: {
            name: 'get_weather',
            description: 'Current weather for a city',
            parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false },
            strict: true,
          },
        },
        { type: 'function', function: { name: 'get_time', strict: false }, cache_control: { type: 'ephemeral' } },
      ],
      tool_choice: 'auto',
      parallel_tool_calls: false,
    });
    expect(warnings).toEqual([]);
    expect(body).toMatchInlineSnapshot(`
      {
        "max_tokens": 4096,
        "messages": [
          {
            "content": [
              {
                "text": "Weather in Paris and Rome?",
                "type": "text",
              },
            ],
            "role": "user",
          },
          {
            "content": [
              {
                "text": "Checking both.",
                "type": "text",
              },
              {
                "id": "toolu_1",
                "input": {
                  "city": "Paris",
                },
                "name": "get_weather",
                "type": "tool_use",
              },
              {
                "id": "toolu_2",
                "input": {
                  "city": "Rome",
                },
                "name": "get_weather",
                "type": "tool_use",
              },
              {
                "id": "toolu_3",
                "input": {},
                "name": "get_time",
                "type": "tool_use",
              },
            ],
            "role": "assistant",
          },
          {
            "content": [
              {
                "content": "{"temp_c":18}",
                "tool_use_id": "toolu_1",
                "type": "tool_result",
              },
              {
                "content": [
                  {
                    "cache_control": {
                      "type": "ephemeral",
                    },
                    "text": "{"temp_c":24}",
                    "type": "text",
                  },
                ],
                "tool_use_id": "toolu_2",
                "type": "tool_result",
              },
              {
                "tool_use_id": "toolu_3",
                "type": "tool_result",
              },
              {
                "text": "Also, use Celsius.",
                "type": "text",
              },
            ],
            "role": "user",
          },
        ],
        "model": "claude-sonnet-5",
        "tool_choice": {
          "disable_parallel_tool_use": true,
          "type": "auto",
        },
        "tools": [
          {
            "description": "Current weather for a city",
            "input_schema": {
              "additionalProperties": false,
              "properties": {
                "city": {
                  "type": "string",
                },
              },
              "required": [
                "city",
              ],
              "type": "object",
            },
            "name": "get_weather",
            "strict": true,
          },
          {
            "cache_control": {
              "type": "ephemeral",
            },
            "input_schema": {
              "type": "object",
            },
            "name": "get_time",
          },
        ],
      }
    `);
  });

  it('maps tool_choice variants and drops a choice when there are no tools', () => {
    const tools: ChatRequest['tools'] = [{ type: 'function', function: { name: 'lookup', parameters: { type: 'object' } } }];
    const messages: ChatRequest['messages'] = [{ role: 'user', content: 'x' }];
    expect(convert({ messages, tools, tool_choice: 'none' }).body.tool_choice).toEqual({ type: 'none' });
    expect(convert({ messages, tools, tool_choice: 'required' }).body.tool_choice).toEqual({ type: 'any' });
    expect(convert({ messages, tools, tool_choice: 'required', parallel_tool_calls: false }).body.tool_choice).toEqual({
      type: 'any',
      disable_parallel_tool_use: true,
    });
    expect(convert({ messages, tools, tool_choice: { type: 'function', function: { name: 'lookup' } } }).body.tool_choice).toEqual({
      type: 'tool',
      name: 'lookup',
    });
    expect(convert({ messages, tools }).body.tool_choice).toBeUndefined();
    const noTools = convert({ messages, tool_choice: 'none' }).body;
    expect(noTools.tool_choice).toBeUndefined();
    expect(noTools.tools).toBeUndefined();
  });

  it('throws a typed invalid_request error naming the message when tool arguments are not JSON', () => {
    const error = captureError(() =>
      convert({
        messages: [
          { role: 'user', content: 'x' },
          { role: 'assistant', tool_calls: [{ id: 't1', type: 'function', function: { name: 'f', arguments: '{"a":' } }] },
        ],
      }),
    );
    expect(error.kind).toBe('invalid_request');
    expect(error.retryable).toBe(false);
    expect(error.status).toBe(400);
    expect(error.message).toBe('messages[1].tool_calls[0].function.arguments: tool call arguments are not valid JSON');

    const notObject = captureError(() =>
      convert({
        messages: [
          { role: 'user', content: 'x' },
          { role: 'assistant', tool_calls: [{ id: 't1', type: 'function', function: { name: 'f', arguments: '[1,2]' } }] },
        ],
      }),
    );
    expect(notObject.message).toBe('messages[1].tool_calls[0].function.arguments: tool call arguments must be a JSON object');
  });

  it('converts images: data URLs to base64 sources, http(s) URLs to url sources, PDFs to documents', () => {
    const { body } = convert({
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Compare these.' },
            { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
            { type: 'image_url', image_url: { url: 'data:image/jpg;base64,/9j/4AAQ' }, cache_control: { type: 'ephemeral' } },
            { type: 'image_url', image_url: { url: 'https://example.com/cat.webp', detail: 'high' } },
            { type: 'image_url', image_url: { url: 'data:application/pdf;base64,JVBERi0xLjQ=' } },
          ],
        },
      ],
    });
    expect(body.messages).toMatchInlineSnapshot(`
      [
        {
          "content": [
            {
              "text": "Compare these.",
              "type": "text",
            },
            {
              "source": {
                "data": "iVBORw0KGgo=",
                "media_type": "image/png",
                "type": "base64",
              },
              "type": "image",
            },
            {
              "cache_control": {
                "type": "ephemeral",
              },
              "source": {
                "data": "/9j/4AAQ",
                "media_type": "image/jpeg",
                "type": "base64",
              },
              "type": "image",
            },
            {
              "source": {
                "type": "url",
                "url": "https://example.com/cat.webp",
              },
              "type": "image",
            },
            {
              "source": {
                "data": "JVBERi0xLjQ=",
                "media_type": "application/pdf",
                "type": "base64",
              },
              "type": "document",
            },
          ],
          "role": "user",
        },
      ]
    `);
  });

  it('rejects unsupported image media types and non-URL image references', () => {
    const tiff = captureError(() =>
      convert({ messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'data:image/tiff;base64,AAAA' } }] }] }),
    );
    expect(tiff.kind).toBe('invalid_request');
    expect(tiff.message).toContain('messages[0].content[0].image_url.url: unsupported media type "image/tiff"');
    const ftp = captureError(() =>
      convert({ messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'ftp://x/y.png' } }] }] }),
    );
    expect(ftp.message).toBe('messages[0].content[0].image_url.url: expected an http(s) URL or a base64 data URL');
  });

  it('rejects image URLs when the deployment cannot fetch them', () => {
    const error = captureError(() =>
      convertToAnthropicRequest(
        { messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'https://example.com/a.png' } }] }] },
        ctx(),
        { allowImageUrls: false },
      ),
    );
    expect(error.message).toBe('messages[0].content[0].image_url.url: this endpoint needs images inlined as base64 data URLs');
  });

  it('sends signed thinking and redacted thinking back first, dropping unverifiable reasoning', () => {
    const { body } = convert({
      messages: [
        { role: 'user', content: 'What is 27 * 453?' },
        {
          role: 'assistant',
          content: '12,231',
          reasoning_content: 'I should multiply...',
          reasoning_details: [
            { type: 'thinking', text: '27 * 453 = 12231', signature: 'EqQBCgIYAhIM1gbcDa9G' },
            { type: 'redacted_thinking', data: 'EmwKAhgBEgy3va3pzix' },
            { type: 'thinking', text: 'unsigned text from another provider' },
            { type: 'thought_signature', signature: 'gemini-signature' },
          ],
          tool_calls: [{ id: 'toolu_9', type: 'function', function: { name: 'calc', arguments: '{"expr":"27*453"}' } }],
        },
        { role: 'tool', tool_call_id: 'toolu_9', content: '12231' },
      ],
      thinking: { type: 'enabled', budget_tokens: 2048 },
    });
    expect(body.messages[1]).toMatchInlineSnapshot(`
      {
        "content": [
          {
            "signature": "EqQBCgIYAhIM1gbcDa9G",
            "thinking": "27 * 453 = 12231",
            "type": "thinking",
          },
          {
            "data": "EmwKAhgBEgy3va3pzix",
            "type": "redacted_thinking",
          },
          {
            "text": "12,231",
            "type": "text",
          },
          {
            "id": "toolu_9",
            "input": {
              "expr": "27*453",
            },
            "name": "calc",
            "type": "tool_use",
          },
        ],
        "role": "assistant",
      }
    `);
  });

  it('enables thinking: drops temperature/top_p, forces auto tool choice, leaves room above the budget', () => {
    const { body, warnings } = convert({
      messages: [{ role: 'user', content: 'Think hard.' }],
      thinking: { type: 'enabled', budget_tokens: 8000 },
      temperature: 0.2,
      top_p: 0.9,
      tools: [{ type: 'function', function: { name: 'f' } }],
      tool_choice: 'required',
    });
    expect(body.thinking).toEqual({ type: 'enabled', budget_tokens: 8000 });
    expect(body.max_tokens).toBe(8000 + DEFAULT_ANTHROPIC_MAX_TOKENS);
    expect(body.temperature).toBeUndefined();
    expect(body.top_p).toBeUndefined();
    expect(body.tool_choice).toEqual({ type: 'auto' });
    expect(warnings).toEqual([
      'tool_choice: forced tool use is not allowed with thinking; sent as "auto"',
      'temperature: not allowed while thinking is enabled; dropped',
      'top_p: not allowed while thinking is enabled; dropped',
    ]);
  });

  it('raises a too-small thinking budget and passes adaptive/disabled through', () => {
    const low = convert({ messages: [{ role: 'user', content: 'x' }], thinking: { type: 'enabled', budget_tokens: 100 } });
    expect(low.body.thinking).toEqual({ type: 'enabled', budget_tokens: 1024 });
    expect(low.warnings).toEqual(["thinking.budget_tokens: Anthropic's minimum is 1024; raised from 100"]);
    expect(low.body.max_tokens).toBe(DEFAULT_ANTHROPIC_MAX_TOKENS);

    const adaptive = convert({ messages: [{ role: 'user', content: 'x' }], thinking: { type: 'adaptive' }, temperature: 0.5 });
    expect(adaptive.body.thinking).toEqual({ type: 'adaptive' });
    expect(adaptive.body.temperature).toBeUndefined();

    const off = convert({ messages: [{ role: 'user', content: 'x' }], thinking: { type: 'disabled' }, temperature: 0.5 });
    expect(off.body.thinking).toEqual({ type: 'disabled' });
    expect(off.body.temperature).toBe(0.5);
  });

  it('resolves max_tokens: request, then catalog limit, then 4096; clamps to the catalog limit', () => {
    const messages: ChatRequest['messages'] = [{ role: 'user', content: 'x' }];
    expect(convert({ messages }).body.max_tokens).toBe(4096);
    expect(convert({ messages }, { capabilities: { ...ctx().capabilities, maxOutputTokens: 64_000 } }).body.max_tokens).toBe(64_000);
    expect(convert({ messages, max_tokens: 300 }).body.max_tokens).toBe(300);
    expect(convert({ messages, max_tokens: 300, max_completion_tokens: 500 }).body.max_tokens).toBe(500);
    const clamped = convert({ messages, max_tokens: 100_000 }, { capabilities: { ...ctx().capabilities, maxOutputTokens: 64_000 } });
    expect(clamped.body.max_tokens).toBe(64_000);
    expect(clamped.warnings).toEqual(["max_tokens: 100000 exceeds the model's output limit; sent as 64000"]);
  });

  it('clamps temperature to 0–1, keeps top_p, maps stop, user and warns about unsupported parameters', () => {
    const { body, warnings } = convert({
      messages: [{ role: 'user', content: 'x' }],
      temperature: 1.7,
      top_p: 0.8,
      stop: ['END', '  ', '\n\nHuman:'],
      user: 'user-1234',
      seed: 7,
      n: 2,
      presence_penalty: 0.5,
      frequency_penalty: 0.5,
      logit_bias: { '50256': -100 },
      reasoning_effort: 'high',
      stream_options: { include_usage: true },
    });
    expect(body).toMatchObject({ temperature: 1, top_p: 0.8, stop_sequences: ['END', '\n\nHuman:'], metadata: { user_id: 'user-1234' } });
    expect(warnings).toEqual([
      "temperature: 1.7 is outside Anthropic's 0–1; sent as 1",
      'stop: whitespace-only stop sequences are not accepted by Anthropic; dropped',
      'seed: not supported by Anthropic; dropped',
      'n: Anthropic returns one choice; n > 1 dropped',
      'presence_penalty: not supported by Anthropic; dropped',
      'frequency_penalty: not supported by Anthropic; dropped',
      'logit_bias: not supported by Anthropic; dropped',
      'reasoning_effort: not mapped for Anthropic; use thinking.budget_tokens or provider_options.anthropic.output_config.effort',
    ]);
    expect(convert({ messages: [{ role: 'user', content: 'x' }], stop: 'STOP' }).body.stop_sequences).toEqual(['STOP']);
  });

  it('drops sampling for models the quirks mark as not accepting it', () => {
    const { body, warnings } = convert(
      { messages: [{ role: 'user', content: 'x' }], temperature: 0.3 },
      { model: 'claude-opus-4-7', quirks: { temperatureRange: [0, 1], noSamplingModels: '^claude-opus-4-7' } },
    );
    expect(body.temperature).toBeUndefined();
    expect(warnings).toEqual(['temperature: not accepted by claude-opus-4-7; dropped']);
  });

  it('asks for JSON through the system prompt, since there is no native JSON mode here', () => {
    const objectMode = convert({ messages: [{ role: 'user', content: 'x' }], response_format: { type: 'json_object' } });
    expect(objectMode.body.system).toEqual([
      {
        type: 'text',
        text: 'Respond with a single valid JSON object and nothing else: no prose before or after it and no Markdown code fences.',
      },
    ]);
    expect(objectMode.warnings).toEqual([
      'response_format: Anthropic has no JSON mode here; requested through a system-prompt instruction',
    ]);

    const schemaMode = convert({
      messages: [
        { role: 'system', content: 'Be helpful.' },
        { role: 'user', content: 'x' },
      ],
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'person', schema: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] } },
      },
    });
    expect(schemaMode.body.system).toMatchInlineSnapshot(`
      [
        {
          "text": "Be helpful.",
          "type": "text",
        },
        {
          "text": "Respond with a single valid JSON value that conforms to the JSON Schema "person" below and nothing else: no prose before or after it and no Markdown code fences.
      {"type":"object","properties":{"name":{"type":"string"}},"required":["name"]}",
          "type": "text",
        },
      ]
    `);
    expect(convert({ messages: [{ role: 'user', content: 'x' }], response_format: { type: 'text' } }).body.system).toBeUndefined();
  });

  it('merges provider_options.anthropic (and the backend key) last, deeply', () => {
    const { body } = convert(
      {
        messages: [{ role: 'user', content: 'x' }],
        thinking: { type: 'enabled', budget_tokens: 2000 },
        user: 'u1',
        provider_options: {
          anthropic: { top_k: 5, thinking: { display: 'omitted' }, output_config: { effort: 'low' } },
          'my-claude': { metadata: { user_id: 'override' } },
          openai: { seed: 1 },
        },
      },
      { provider: 'my-claude' },
    );
    expect(body.top_k).toBe(5);
    expect(body.thinking).toEqual({ type: 'enabled', budget_tokens: 2000, display: 'omitted' });
    expect(body.output_config).toEqual({ effort: 'low' });
    expect(body.metadata).toEqual({ user_id: 'override' });
    expect(body.seed).toBeUndefined();
  });

  it('trims trailing whitespace from a final assistant prefill', () => {
    const { body } = convert({
      messages: [
        { role: 'user', content: 'Answer as JSON.' },
        { role: 'assistant', content: '{"answer": ' },
      ],
    });
    expect(body.messages.at(-1)).toEqual({ role: 'assistant', content: [{ type: 'text', text: '{"answer":' }] });
  });

  it('sets stream: true for streaming requests', () => {
    expect(convert({ messages: [{ role: 'user', content: 'x' }] }, { stream: true }).body.stream).toBe(true);
    expect(convert({ messages: [{ role: 'user', content: 'x' }] }).body.stream).toBeUndefined();
  });
});
