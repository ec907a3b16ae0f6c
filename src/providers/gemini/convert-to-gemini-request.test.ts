import type { Content, FunctionDeclaration, GenerationConfig } from '@google/genai';
import { describe, expect, it } from 'vitest';
import { LLMError } from '../../errors/llm-error.js';
import type { ChatRequest } from '../../spec/chat-request.js';
import type { AdapterContext } from '../provider-adapter.js';
import { convertToGeminiRequest } from './convert-to-gemini-request.js';
import type { GeminiRequestBody } from './gemini-wire-types.js';

function ctx(over: Partial<AdapterContext> = {}): AdapterContext {
  return {
    provider: 'gemini',
    model: 'gemini-3.5-flash',
    apiBase: 'https://generativelanguage.googleapis.com/v1beta',
    apiKey: 'AIza-test',
    stream: false,
    quirks: { temperatureRange: [0, 2] },
    capabilities: { functionCallAvailable: true, responseFormatAvailable: true, nativeMultimodal: true },
    ...over,
  };
}

/**
 * Compile-time check (tsc over the tests) against the official SDK's REST-shaped types. Enum-typed
 * fields (schema `type`, calling `mode`, `thinkingLevel`) are string enums in the SDK, which plain
 * strings never satisfy, so they are left out of the comparison.
 */
function checkAgainstSdk(body: GeminiRequestBody): void {
  body.contents satisfies Content[];
  if (body.systemInstruction) body.systemInstruction satisfies Content;
  for (const tool of body.tools ?? []) {
    for (const { parameters: _p, ...declaration } of tool.functionDeclarations) declaration satisfies FunctionDeclaration;
  }
  if (body.generationConfig) {
    const { responseSchema: _s, thinkingConfig, ...config } = body.generationConfig;
    config satisfies GenerationConfig;
    if (thinkingConfig) {
      const { thinkingLevel: _l, ...thinking } = thinkingConfig;
      thinking satisfies NonNullable<GenerationConfig['thinkingConfig']>;
    }
  }
}

function convert(request: ChatRequest, over: Partial<AdapterContext> = {}) {
  const result = convertToGeminiRequest(request, ctx(over));
  checkAgainstSdk(result.body);
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

describe('convertToGeminiRequest', () => {
  it('moves system text to systemInstruction, maps roles and merges consecutive same-role turns', () => {
    const { body, warnings } = convert({
      messages: [
        { role: 'system', content: [{ type: 'text', text: 'You are terse.', cache_control: { type: 'ephemeral' } }] },
        { role: 'developer', content: 'Answer in French.' },
        { role: 'user', content: 'Hi' },
        { role: 'user', content: [{ type: 'text', text: 'Are you there?' }] },
        { role: 'assistant', content: 'Oui.' },
        { role: 'assistant', content: [{ type: 'text', text: 'Toujours.' }] },
        { role: 'user', content: 'Bien.' },
      ],
    });
    expect(warnings).toEqual([]);
    expect(body).toMatchInlineSnapshot(`
      {
        "contents": [
          {
            "parts": [
              {
                "text": "Hi",
              },
              {
                "text": "Are you there?",
              },
            ],
            "role": "user",
          },
          {
            "parts": [
              {
                "text": "Oui.",
              },
              {
                "text": "Toujours.",
              },
            ],
            "role": "model",
          },
          {
            "parts": [
              {
                "text": "Bien.",
              },
            ],
            "role": "user",
          },
        ],
        "systemInstruction": {
          "parts": [
            {
              "text": "You are terse.",
            },
            {
              "text": "Answer in French.",
            },
          ],
        },
      }
    `);
  });

  it('inserts a placeholder user turn before a leading model turn', () => {
    const { body, warnings } = convert({
      messages: [
        { role: 'assistant', content: 'Welcome!' },
        { role: 'user', content: 'Thanks' },
      ],
    });
    expect(body.contents[0]).toEqual({ role: 'user', parts: [{ text: '.' }] });
    expect(warnings).toEqual(['messages: conversation starts with an assistant turn; a placeholder user turn was inserted']);
  });

  it('round-trips tools: functionCall with args, signatures back on their parts, one merged functionResponse turn', () => {
    const { body, warnings } = convert({
      messages: [
        { role: 'user', content: 'Weather in Paris and Rome?' },
        {
          role: 'assistant',
          content: 'Checking both.',
          reasoning_content: 'two calls needed',
          reasoning_details: [
            { type: 'thought_signature', signature: 'EpEgCo4gAb4+sig-for-paris', tool_call_id: 'call_0' },
            { type: 'thought_signature', signature: 'Eo0HCooHAb4+text-sig' },
            { type: 'thinking', text: 'Anthropic thinking is not sent to Gemini', signature: 'x' },
          ],
          tool_calls: [
            { id: 'call_0', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } },
            { id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Rome"}' } },
          ],
        },
        { role: 'tool', tool_call_id: 'call_0', content: '{"temp_c":18,"sky":"clear"}' },
        {
          role: 'tool',
          tool_call_id: 'call_1',
          content: [
            { type: 'text', text: 'Sunny, ' },
            { type: 'text', text: '24°C' },
          ],
        },
      ],
      tools: [
        {
          type: 'function',
          function: {
            name: 'get_weather',
            description: 'Current weather for a city',
            parameters: {
              $schema: 'http://json-schema.org/draft-07/schema#',
              type: 'object',
              properties: { city: { type: 'string', minLength: 1 }, unit: { type: ['string', 'null'], enum: ['c', 'f', null] } },
              required: ['city'],
              additionalProperties: false,
            },
          },
        },
        { type: 'function', function: { name: 'get_time', parameters: { type: 'object', properties: {} } } },
      ],
      tool_choice: { type: 'function', function: { name: 'get_weather' } },
      parallel_tool_calls: false,
    });
    expect(warnings).toEqual(['parallel_tool_calls: Gemini cannot disable parallel function calls; ignored']);
    expect(body).toMatchInlineSnapshot(`
      {
        "contents": [
          {
            "parts": [
              {
                "text": "Weather in Paris and Rome?",
              },
            ],
            "role": "user",
          },
          {
            "parts": [
              {
                "text": "Checking both.",
                "thoughtSignature": "Eo0HCooHAb4+text-sig",
              },
              {
                "functionCall": {
                  "args": {
                    "city": "Paris",
                  },
                  "name": "get_weather",
                },
                "thoughtSignature": "EpEgCo4gAb4+sig-for-paris",
              },
              {
                "functionCall": {
                  "args": {
                    "city": "Rome",
                  },
                  "name": "get_weather",
                },
              },
            ],
            "role": "model",
          },
          {
            "parts": [
              {
                "functionResponse": {
                  "name": "get_weather",
                  "response": {
                    "result": {
                      "sky": "clear",
                      "temp_c": 18,
                    },
                  },
                },
              },
              {
                "functionResponse": {
                  "name": "get_weather",
                  "response": {
                    "result": "Sunny, 24°C",
                  },
                },
              },
            ],
            "role": "user",
          },
        ],
        "toolConfig": {
          "functionCallingConfig": {
            "allowedFunctionNames": [
              "get_weather",
            ],
            "mode": "ANY",
          },
        },
        "tools": [
          {
            "functionDeclarations": [
              {
                "description": "Current weather for a city",
                "name": "get_weather",
                "parameters": {
                  "properties": {
                    "city": {
                      "minLength": 1,
                      "type": "string",
                    },
                    "unit": {
                      "enum": [
                        "c",
                        "f",
                      ],
                      "nullable": true,
                      "type": "string",
                    },
                  },
                  "required": [
                    "city",
                  ],
                  "type": "object",
                },
              },
              {
                "name": "get_time",
              },
            ],
          },
        ],
      }
    `);
  });

  it('signs unsigned replayed function calls for Gemini 3+, not for Gemini 2.x', () => {
    const messages: ChatRequest['messages'] = [
      { role: 'user', content: 'x' },
      {
        role: 'assistant',
        tool_calls: [
          { id: 'toolu_01', type: 'function', function: { name: 'a', arguments: '{}' } },
          { id: 'toolu_02', type: 'function', function: { name: 'b', arguments: '{}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'toolu_01', content: 'ok' },
      { role: 'tool', tool_call_id: 'toolu_02', content: 'ok' },
    ];
    expect(convert({ messages }).body.contents[1].parts).toEqual([
      { functionCall: { name: 'a', args: {} }, thoughtSignature: 'skip_thought_signature_validator' },
      { functionCall: { name: 'b', args: {} } },
    ]);
    expect(convert({ messages }, { model: 'gemini-2.5-flash' }).body.contents[1].parts).toEqual([
      { functionCall: { name: 'a', args: {} } },
      { functionCall: { name: 'b', args: {} } },
    ]);
    expect(convert({ messages }, { model: 'gemma-3-27b-it' }).body.contents[1].parts[0].thoughtSignature).toBeUndefined();
  });

  it('names the function of a tool result from the latest earlier call with that id', () => {
    const { body } = convert({
      messages: [
        { role: 'user', content: 'x' },
        { role: 'assistant', tool_calls: [{ id: 'call_0', type: 'function', function: { name: 'first', arguments: '{}' } }] },
        { role: 'tool', tool_call_id: 'call_0', content: '1' },
        { role: 'assistant', tool_calls: [{ id: 'call_0', type: 'function', function: { name: 'second', arguments: '{}' } }] },
        { role: 'tool', tool_call_id: 'call_0', content: '2' },
      ],
    });
    expect(body.contents[4].parts).toEqual([{ functionResponse: { name: 'second', response: { result: '2' } } }]);
  });

  it('rejects a tool result whose call is unknown, and tool arguments that are not a JSON object', () => {
    const orphan = captureError(() =>
      convert({
        messages: [
          { role: 'user', content: 'x' },
          { role: 'tool', tool_call_id: 'call_9', content: 'r' },
        ],
      }),
    );
    expect(orphan.kind).toBe('invalid_request');
    expect(orphan.message).toBe(
      'messages[1].tool_call_id: no earlier assistant tool call has id "call_9" (Gemini needs the function name)',
    );

    const badArgs = captureError(() =>
      convert({
        messages: [
          { role: 'user', content: 'x' },
          { role: 'assistant', tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: 'city=Paris' } }] },
        ],
      }),
    );
    expect(badArgs).toMatchObject({ kind: 'invalid_request', status: 400, retryable: false });
    expect(badArgs.message).toBe('messages[1].tool_calls[0].function.arguments: tool call arguments are not valid JSON');
  });

  it('inlines data-URL images and rejects URLs the client should have inlined', () => {
    const { body } = convert({
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'What is this?' },
            { type: 'image_url', image_url: { url: 'data:image/heic;base64,AAAAHGZ0eXBoZWlj' } },
            { type: 'image_url', image_url: { url: 'data:application/pdf;base64,JVBERi0xLjQ=' } },
          ],
        },
      ],
    });
    expect(body.contents).toMatchInlineSnapshot(`
      [
        {
          "parts": [
            {
              "text": "What is this?",
            },
            {
              "inlineData": {
                "data": "AAAAHGZ0eXBoZWlj",
                "mimeType": "image/heic",
              },
            },
            {
              "inlineData": {
                "data": "JVBERi0xLjQ=",
                "mimeType": "application/pdf",
              },
            },
          ],
          "role": "user",
        },
      ]
    `);

    const url = captureError(() =>
      convert({ messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'https://example.com/a.png' } }] }] }),
    );
    expect(url.kind).toBe('invalid_request');
    expect(url.message).toBe(
      'messages[0].content[0].image_url.url: Gemini needs images inlined as base64 data URLs (http(s) URLs are downloaded by the client before this point)',
    );
    const other = captureError(() =>
      convert({ messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'gs://b/a.png' } }] }] }),
    );
    expect(other.message).toBe('messages[0].content[0].image_url.url: expected a base64 data URL');
  });

  it('maps sampling and output settings into generationConfig', () => {
    const { body, warnings } = convert(
      {
        messages: [{ role: 'user', content: 'x' }],
        max_tokens: 100_000,
        temperature: 2.5,
        top_p: 0.9,
        stop: ['a', 'b', 'c', 'd', 'e', 'f'],
        seed: 42,
        presence_penalty: 0.1,
        frequency_penalty: 0.2,
        n: 2,
        logit_bias: { '1': 1 },
        user: 'u-1',
      },
      { capabilities: { ...ctx().capabilities, maxOutputTokens: 65_536 } },
    );
    expect(body.generationConfig).toEqual({
      maxOutputTokens: 65_536,
      temperature: 2,
      topP: 0.9,
      stopSequences: ['a', 'b', 'c', 'd', 'e'],
      seed: 42,
      presencePenalty: 0.1,
      frequencyPenalty: 0.2,
      candidateCount: 2,
    });
    expect(warnings).toEqual([
      "max_tokens: 100000 exceeds the model's output limit; sent as 65536",
      "temperature: 2.5 is outside Gemini's 0–2; sent as 2",
      'stop: Gemini accepts 5 stop sequences; the rest were dropped',
      'n: only the first Gemini candidate is returned',
      'logit_bias: not supported by Gemini; dropped',
    ]);
    expect(
      convert({ messages: [{ role: 'user', content: 'x' }], max_completion_tokens: 50, max_tokens: 10, stop: 'END' }).body.generationConfig,
    ).toEqual({
      maxOutputTokens: 50,
      stopSequences: ['END'],
    });
    expect(convert({ messages: [{ role: 'user', content: 'x' }] }).body.generationConfig).toBeUndefined();
  });

  it('uses native JSON mode: responseMimeType, plus a cleaned responseSchema for json_schema', () => {
    expect(convert({ messages: [{ role: 'user', content: 'x' }], response_format: { type: 'json_object' } }).body.generationConfig).toEqual(
      {
        responseMimeType: 'application/json',
      },
    );
    const { body } = convert({
      messages: [{ role: 'user', content: 'x' }],
      response_format: {
        type: 'json_schema',
        json_schema: {
          name: 'person',
          strict: true,
          schema: {
            type: 'object',
            properties: { name: { type: 'string' }, email: { type: 'string', format: 'email' }, age: { type: 'integer' } },
            required: ['name', 'age'],
            additionalProperties: false,
          },
        },
      },
    });
    expect(body.generationConfig).toMatchInlineSnapshot(`
      {
        "responseMimeType": "application/json",
        "responseSchema": {
          "properties": {
            "age": {
              "type": "integer",
            },
            "email": {
              "description": "(format: email)",
              "type": "string",
            },
            "name": {
              "type": "string",
            },
          },
          "required": [
            "name",
            "age",
          ],
          "type": "object",
        },
      }
    `);
  });

  it.each<[string, Pick<ChatRequest, 'thinking' | 'reasoning_effort'>, string, unknown, string[]]>([
    [
      'enabled with budget',
      { thinking: { type: 'enabled', budget_tokens: 2048 } },
      'gemini-2.5-flash',
      { thinkingBudget: 2048, includeThoughts: true },
      [],
    ],
    [
      'enabled, no budget → dynamic',
      { thinking: { type: 'enabled' } },
      'gemini-3.5-flash',
      { thinkingBudget: -1, includeThoughts: true },
      [],
    ],
    ['adaptive → dynamic', { thinking: { type: 'adaptive' } }, 'gemini-3.5-flash', { thinkingBudget: -1, includeThoughts: true }, []],
    ['disabled on 2.5 Flash', { thinking: { type: 'disabled' } }, 'gemini-2.5-flash', { thinkingBudget: 0 }, []],
    [
      'disabled on 2.5 Pro → minimum budget',
      { thinking: { type: 'disabled' } },
      'gemini-2.5-pro',
      { thinkingBudget: 128 },
      ['thinking: this Gemini model cannot turn thinking off; its lowest setting was sent'],
    ],
    [
      'disabled on 3.x Flash → MINIMAL',
      { thinking: { type: 'disabled' } },
      'gemini-3.5-flash',
      { thinkingLevel: 'MINIMAL' },
      ['thinking: this Gemini model cannot turn thinking off; its lowest setting was sent'],
    ],
    [
      'effort high on 3.x → level',
      { reasoning_effort: 'high' },
      'gemini-3.1-pro-preview',
      { thinkingLevel: 'HIGH', includeThoughts: true },
      [],
    ],
    [
      'effort minimal on 3.x Pro → LOW',
      { reasoning_effort: 'minimal' },
      'gemini-3.1-pro-preview',
      { thinkingLevel: 'LOW', includeThoughts: true },
      [],
    ],
    [
      'effort on an alias → level',
      { reasoning_effort: 'medium' },
      'gemini-flash-latest',
      { thinkingLevel: 'MEDIUM', includeThoughts: true },
      [],
    ],
    ['effort low on 2.5 → budget', { reasoning_effort: 'low' }, 'gemini-2.5-flash', { thinkingBudget: 1024, includeThoughts: true }, []],
    ['effort none on 2.5 Flash → off', { reasoning_effort: 'none' }, 'gemini-2.5-flash', { thinkingBudget: 0 }, []],
    [
      'thinking wins over effort',
      { thinking: { type: 'enabled', budget_tokens: 512 }, reasoning_effort: 'high' },
      'gemini-3.5-flash',
      { thinkingBudget: 512, includeThoughts: true },
      ['reasoning_effort: ignored because thinking is set'],
    ],
  ])('thinking: %s', (_name, options, model, expected, expectedWarnings) => {
    const { body, warnings } = convert({ messages: [{ role: 'user', content: 'x' }], ...options }, { model });
    expect(body.generationConfig?.thinkingConfig).toEqual(expected);
    expect(warnings).toEqual(expectedWarnings);
  });

  it('deep-merges provider_options.gemini and the backend key last', () => {
    const { body } = convert(
      {
        messages: [{ role: 'user', content: 'x' }],
        temperature: 0.5,
        provider_options: {
          gemini: { generationConfig: { topK: 40 }, safetySettings: [{ category: 'HARM_CATEGORY_HARASSMENT', threshold: 'BLOCK_NONE' }] },
          'gemini-eu': { generationConfig: { temperature: 0.1 } },
          anthropic: { top_k: 3 },
        },
      },
      { provider: 'gemini-eu' },
    );
    expect(body.generationConfig).toEqual({ temperature: 0.1, topK: 40 });
    expect(body.safetySettings).toEqual([{ category: 'HARM_CATEGORY_HARASSMENT', threshold: 'BLOCK_NONE' }]);
    expect(body.top_k).toBeUndefined();
  });
});
