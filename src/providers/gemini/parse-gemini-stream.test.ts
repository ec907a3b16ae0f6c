import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LLMError } from '../../errors/llm-error.js';
import type { StreamDelta } from '../../spec/stream-delta.js';
import { SseDecoder } from '../../transport/sse-decoder.js';
import { createGeminiStreamParser } from './parse-gemini-stream.js';

const ctx = { provider: 'gemini', model: 'gemini-requested' };
const fixture = (name: string): Uint8Array => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url));

/** Decodes the bytes (in the given chunks) and runs every event through a fresh parser. */
function replay(chunks: Uint8Array[]): StreamDelta[] {
  const decoder = new SseDecoder();
  const parser = createGeminiStreamParser(ctx);
  const out: StreamDelta[] = [];
  for (const chunk of chunks) for (const event of decoder.push(chunk)) out.push(...parser.push(event));
  for (const event of decoder.end()) out.push(...parser.push(event));
  out.push(...parser.finish());
  return out;
}

/** The whole stream at once, then every two-way split at a byte boundary, must give the same deltas. */
function replayAllSplits(bytes: Uint8Array): StreamDelta[] {
  const whole = replay([bytes]);
  for (let i = 1; i < bytes.length; i++) {
    expect(replay([bytes.subarray(0, i), bytes.subarray(i)])).toEqual(whole);
  }
  expect(replay(Array.from(bytes, (_b, i) => bytes.subarray(i, i + 1)))).toEqual(whole);
  return whole;
}

describe('createGeminiStreamParser', () => {
  it('streams thought parts and whole function calls with stable indices, usage and finish at the end', () => {
    expect(replayAllSplits(fixture('gemini-thinking-function-call.sse.txt'))).toMatchInlineSnapshot(`
      [
        {
          "id": "mTKaaa3vN8Kf1dkPh8XWsQc",
          "model": "gemini-3.5-flash",
          "provider": "gemini",
          "reasoning_content": "**Planning the lookup**

      The user wants Tokyo's weather and local time; I need both tools.",
        },
        {
          "reasoning_content": " Calling them in parallel.",
        },
        {
          "reasoning_details": [
            {
              "signature": "CiQBjz1rX7mB2w5kQv0yJ1sVd+3UeHf1vR6nqU8bYF6nH4pZ9cEKXwGPPWtfzq0XcX3Tq6Y2cVxk",
              "tool_call_id": "call_0",
              "type": "thought_signature",
            },
          ],
          "tool_calls": [
            {
              "function": {
                "arguments": "{"city":"Tokyo","unit":"celsius"}",
                "name": "get_weather",
              },
              "id": "call_0",
              "index": 0,
              "type": "function",
            },
            {
              "function": {
                "arguments": "{"timezone":"Asia/Tokyo"}",
                "name": "get_time",
              },
              "id": "call_1",
              "index": 1,
              "type": "function",
            },
          ],
        },
        {
          "finish_reason": "tool_calls",
          "usage": {
            "completion_tokens": 254,
            "completion_tokens_details": {
              "reasoning_tokens": 213,
            },
            "prompt_tokens": 58,
            "total_tokens": 312,
          },
        },
      ]
    `);
  });

  it('streams text (multi-byte characters across splits), the final signature and cached usage', () => {
    expect(replayAllSplits(fixture('gemini-text.sse.txt'))).toMatchInlineSnapshot(`
      [
        {
          "content": "東京の天気は",
          "id": "dX6LadKVC7SZ28oPr9yJoQs",
          "model": "gemini-3.5-flash-lite",
          "provider": "gemini",
        },
        {
          "content": "晴れです ☀️ — 23°C.",
        },
        {
          "reasoning_details": [
            {
              "signature": "Eo0HCooHAb4+9vutXdtKMt+r7Z3gLh52ZQ3RKYDzp4A6PHh0dLuvI1KwnLxDS/qm8wn4Gm9NNNQ1nBS",
              "type": "thought_signature",
            },
          ],
        },
        {
          "finish_reason": "stop",
          "usage": {
            "completion_tokens": 12,
            "prompt_tokens": 2110,
            "prompt_tokens_details": {
              "cached_tokens": 2048,
            },
            "total_tokens": 2122,
          },
        },
      ]
    `);
  });

  it('reports a blocked prompt as a content_filter finish', () => {
    expect(replayAllSplits(fixture('gemini-prompt-blocked.sse.txt'))).toEqual([
      { provider: 'gemini', model: 'gemini-3.5-flash', id: 'EXCPaojyHaDUjMcP656rqAk' },
      {
        finish_reason: 'content_filter',
        warnings: ['Gemini blocked the prompt: PROHIBITED_CONTENT'],
        usage: { prompt_tokens: 9, completion_tokens: 0, total_tokens: 9 },
      },
    ]);
  });

  it('throws an error chunk after partial output as a classified, retryable LLMError', () => {
    const decoder = new SseDecoder();
    const parser = createGeminiStreamParser(ctx);
    const deltas: StreamDelta[] = [];
    let error: unknown;
    try {
      for (const event of decoder.push(fixture('gemini-error-mid-stream.sse.txt'))) deltas.push(...parser.push(event));
    } catch (e) {
      error = e;
    }
    expect(deltas).toEqual([{ provider: 'gemini', model: 'gemini-3.5-flash', id: 'mTKaaa3vN8Kf1dkPh8XWsQc', content: 'Once upon a time' }]);
    expect(error).toBeInstanceOf(LLMError);
    expect(error).toMatchObject({ kind: 'overloaded', status: 503, code: 'UNAVAILABLE', retryable: true, provider: 'gemini' });
  });

  it('keeps counting tool indices across chunks, uses upstream ids, and reports a stream that never finished', () => {
    const parser = createGeminiStreamParser(ctx);
    const chunk = (part: unknown) => ({ data: JSON.stringify({ candidates: [{ content: { role: 'model', parts: [part] } }] }) });
    expect(parser.push(chunk({ functionCall: { name: 'a', args: {} } }))).toEqual([
      {
        provider: 'gemini',
        model: 'gemini-requested',
        tool_calls: [{ index: 0, id: 'call_0', type: 'function', function: { name: 'a', arguments: '{}' } }],
      },
    ]);
    expect(parser.push(chunk({ functionCall: { id: 'fc_9', name: 'b', args: { x: [1] } } }))).toEqual([
      { tool_calls: [{ index: 1, id: 'fc_9', type: 'function', function: { name: 'b', arguments: '{"x":[1]}' } }] },
    ]);
    expect(parser.finish()).toEqual([{ finish_reason: null, usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 } }]);
    expect(parser.finish()).toEqual([]);
  });

  it('ignores empty chunks and rejects malformed JSON as a server error', () => {
    const parser = createGeminiStreamParser(ctx);
    expect(parser.push({ data: '' })).toEqual([]);
    expect(() => parser.push({ data: '{"candidates":[' })).toThrow(expect.objectContaining({ kind: 'server' }));
    expect(createGeminiStreamParser(ctx).finish()).toEqual([]);
  });
});
