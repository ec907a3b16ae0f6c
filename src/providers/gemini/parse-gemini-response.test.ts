import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LLMError } from '../../errors/llm-error.js';
import { mapGeminiFinishReason } from './map-gemini-finish-reason.js';
import { parseGeminiResponse } from './parse-gemini-response.js';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8'));
const ctx = { provider: 'gemini', model: 'gemini-requested' };

describe('parseGeminiResponse', () => {
  it('maps thought, text and function-call parts; ids synthesized only when absent; signatures kept', () => {
    const { raw, ...result } = parseGeminiResponse(fixture('gemini-response-function-call.json'), ctx);
    expect(raw).toBeDefined();
    expect(result).toMatchInlineSnapshot(`
      {
        "content": "I'll check both cities.",
        "finish_reason": "tool_calls",
        "id": "QHiLaa6LBrb8vdIPoNztsAg",
        "model": "gemini-3.5-flash",
        "provider": "gemini",
        "reasoning_content": "**Weighing the request**

      Two cities, so two calls.",
        "reasoning_details": [
          {
            "signature": "EpEgCo4gAb4+9vvWwdN+NkNiCCwrqvFI8uf9IiD2A47Bm4Sga0kUTm4e",
            "tool_call_id": "call_0",
            "type": "thought_signature",
          },
        ],
        "tool_calls": [
          {
            "function": {
              "arguments": "{"city":"Paris"}",
              "name": "get_weather",
            },
            "id": "call_0",
            "type": "function",
          },
          {
            "function": {
              "arguments": "{"city":"Rome"}",
              "name": "get_weather",
            },
            "id": "fc_7f3a",
            "type": "function",
          },
        ],
        "usage": {
          "completion_tokens": 292,
          "completion_tokens_details": {
            "reasoning_tokens": 254,
          },
          "prompt_tokens": 96,
          "total_tokens": 388,
        },
      }
    `);
  });

  it('reports a blocked prompt as a content_filter result with no content, not as an error', () => {
    const { raw: _raw, ...result } = parseGeminiResponse(fixture('gemini-response-prompt-blocked.json'), ctx);
    expect(result).toEqual({
      content: null,
      reasoning_content: null,
      tool_calls: null,
      finish_reason: 'content_filter',
      usage: { prompt_tokens: 9, completion_tokens: 0, total_tokens: 9 },
      provider: 'gemini',
      model: 'gemini-3.7-flash',
      id: 'EXCPaojyHaDUjMcP656rqAk',
      warnings: ['Gemini blocked the prompt: PROHIBITED_CONTENT'],
    });
  });

  it('maps MALFORMED_FUNCTION_CALL to stop with a warning carrying the finish message', () => {
    const result = parseGeminiResponse(fixture('gemini-response-malformed-call.json'), ctx);
    expect(result.finish_reason).toBe('stop');
    expect(result.tool_calls).toBeNull();
    expect(result.warnings).toEqual([
      'Gemini finished with MALFORMED_FUNCTION_CALL; the model\'s function call was not usable: Malformed function call: print(default_api.get_weather(city="Paris")',
    ]);
  });

  it('maps a SAFETY stop to content_filter and keeps the partial text', () => {
    const result = parseGeminiResponse(
      {
        candidates: [{ content: { role: 'model', parts: [{ text: 'Partial' }] }, finishReason: 'SAFETY' }],
        usageMetadata: { promptTokenCount: 5, candidatesTokenCount: 1 },
      },
      ctx,
    );
    expect(result).toMatchObject({ content: 'Partial', finish_reason: 'content_filter', model: 'gemini-requested' });
  });

  it('throws an error body as a typed error, and a non-object body as a server error', () => {
    expect(() =>
      parseGeminiResponse(
        { error: { code: 429, message: 'Resource has been exhausted (e.g. check quota).', status: 'RESOURCE_EXHAUSTED' } },
        ctx,
      ),
    ).toThrow(expect.objectContaining({ kind: 'rate_limit', status: 429 }));
    expect(() => parseGeminiResponse([], ctx)).toThrow(LLMError);
  });
});

describe('mapGeminiFinishReason', () => {
  it.each([
    ['STOP', false, 'stop'],
    ['STOP', true, 'tool_calls'],
    ['MAX_TOKENS', true, 'length'],
    ['CONTINUATION', false, 'length'],
    ['SAFETY', false, 'content_filter'],
    ['PROHIBITED_CONTENT', false, 'content_filter'],
    ['BLOCKLIST', false, 'content_filter'],
    ['RECITATION', false, 'content_filter'],
    ['SPII', false, 'content_filter'],
    ['IMAGE_SAFETY', false, 'content_filter'],
    ['MALFORMED_FUNCTION_CALL', false, 'stop'],
    ['LANGUAGE', false, 'stop'],
    ['OTHER', false, 'stop'],
    ['FINISH_REASON_UNSPECIFIED', false, 'stop'],
    [undefined, false, null],
  ])('%s (calls: %s) → %s', (reason, calls, expected) => {
    expect(mapGeminiFinishReason(reason, calls).finishReason).toBe(expected);
  });
});
