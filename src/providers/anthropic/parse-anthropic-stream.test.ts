import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LLMError } from '../../errors/llm-error.js';
import type { StreamDelta } from '../../spec/stream-delta.js';
import { SseDecoder } from '../../transport/sse-decoder.js';
import { createAnthropicStreamParser } from './parse-anthropic-stream.js';

const ctx = { provider: 'anthropic', model: 'claude-requested' };
const fixture = (name: string): Uint8Array => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url));

/** Decodes the bytes (in the given chunks) and runs every event through a fresh parser. */
function replay(chunks: Uint8Array[]): StreamDelta[] {
  const decoder = new SseDecoder();
  const parser = createAnthropicStreamParser(ctx);
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

function replayError(bytes: Uint8Array): { deltas: StreamDelta[]; error: unknown } {
  const decoder = new SseDecoder();
  const parser = createAnthropicStreamParser(ctx);
  const deltas: StreamDelta[] = [];
  try {
    for (const event of [...decoder.push(bytes), ...decoder.end()]) deltas.push(...parser.push(event));
    deltas.push(...parser.finish());
  } catch (error) {
    return { deltas, error };
  }
  return { deltas, error: undefined };
}

describe('createAnthropicStreamParser', () => {
  it('streams text with cache usage on the final delta, identical for every chunk split', () => {
    expect(replayAllSplits(fixture('anthropic-text.sse.txt'))).toMatchInlineSnapshot(`
      [
        {
          "id": "msg_01XFDUDYJgAACzvnptvVoYEL",
          "model": "claude-sonnet-5",
          "provider": "anthropic",
        },
        {
          "content": "Bonjour, ",
        },
        {
          "content": "ça va très bien — merci ! 🌞",
        },
        {
          "finish_reason": "stop",
          "usage": {
            "completion_tokens": 15,
            "prompt_tokens": 3097,
            "prompt_tokens_details": {
              "cache_write_tokens": 1024,
              "cached_tokens": 2048,
            },
            "total_tokens": 3112,
          },
        },
      ]
    `);
  });

  it('streams tool calls with OpenAI indices among tool_use blocks and arguments split over deltas', () => {
    const deltas = replayAllSplits(fixture('anthropic-tool-call.sse.txt'));
    expect(deltas).toMatchInlineSnapshot(`
      [
        {
          "id": "msg_014p7gG3wDgGV9EUtLvnow3U",
          "model": "claude-haiku-4-5-20251001",
          "provider": "anthropic",
        },
        {
          "content": "I'll check the weather in both cities.",
        },
        {
          "tool_calls": [
            {
              "function": {
                "arguments": "",
                "name": "get_weather",
              },
              "id": "toolu_01T1x1fJ34qAmk2tNTrN7Up6",
              "index": 0,
              "type": "function",
            },
          ],
        },
        {
          "tool_calls": [
            {
              "function": {
                "arguments": "{"location": "San Fra",
              },
              "index": 0,
            },
          ],
        },
        {
          "tool_calls": [
            {
              "function": {
                "arguments": "ncisco, CA", "unit": "fah",
              },
              "index": 0,
            },
          ],
        },
        {
          "tool_calls": [
            {
              "function": {
                "arguments": "renheit"}",
              },
              "index": 0,
            },
          ],
        },
        {
          "tool_calls": [
            {
              "function": {
                "arguments": "",
                "name": "get_weather",
              },
              "id": "toolu_01VHv7ALtmV3QTcRTUyk9ZqW",
              "index": 1,
              "type": "function",
            },
          ],
        },
        {
          "tool_calls": [
            {
              "function": {
                "arguments": "{"locati",
              },
              "index": 1,
            },
          ],
        },
        {
          "tool_calls": [
            {
              "function": {
                "arguments": "on": "Zürich"}",
              },
              "index": 1,
            },
          ],
        },
        {
          "tool_calls": [
            {
              "function": {
                "arguments": "",
                "name": "get_time",
              },
              "id": "toolu_01Ww5oUqUeYBDAAMxGVBxVBz",
              "index": 2,
              "type": "function",
            },
          ],
        },
        {
          "tool_calls": [
            {
              "function": {
                "arguments": "{}",
              },
              "index": 2,
            },
          ],
        },
        {
          "finish_reason": "tool_calls",
          "usage": {
            "completion_tokens": 89,
            "prompt_tokens": 472,
            "total_tokens": 561,
          },
        },
      ]
    `);

    // Reassembled the way an OpenAI client does it.
    const calls: { id?: string; name?: string; arguments: string }[] = [];
    for (const d of deltas) {
      for (const tc of d.tool_calls ?? []) {
        calls[tc.index] ??= { arguments: '' };
        if (tc.id) calls[tc.index].id = tc.id;
        if (tc.function?.name) calls[tc.index].name = tc.function.name;
        calls[tc.index].arguments += tc.function?.arguments ?? '';
      }
    }
    expect(calls.map((c) => ({ ...c, arguments: JSON.parse(c.arguments) }))).toEqual([
      { id: 'toolu_01T1x1fJ34qAmk2tNTrN7Up6', name: 'get_weather', arguments: { location: 'San Francisco, CA', unit: 'fahrenheit' } },
      { id: 'toolu_01VHv7ALtmV3QTcRTUyk9ZqW', name: 'get_weather', arguments: { location: 'Zürich' } },
      { id: 'toolu_01Ww5oUqUeYBDAAMxGVBxVBz', name: 'get_time', arguments: {} },
    ]);
  });

  it('streams thinking as reasoning_content and one complete signed reasoning_details entry per block', () => {
    expect(replayAllSplits(fixture('anthropic-thinking.sse.txt'))).toMatchInlineSnapshot(`
      [
        {
          "id": "msg_01HcYp3WbUZnVkG1qyFu2h4R",
          "model": "claude-opus-5",
          "provider": "anthropic",
        },
        {
          "reasoning_content": "The user asks for 27 * 453.
      ",
        },
        {
          "reasoning_content": "27 * 453 = 27 * 400 + 27 * 53 = 10800 + 1431 = 12231.",
        },
        {
          "reasoning_details": [
            {
              "signature": "EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds0Mg4Sz5dNDSpUVc9Yj7cZ+rAMyhr9VqUmhR/Ru2mNEdeHfR2pJQuHs/VpPxc5Fc3ISEBTYVsuQMB0sAL3aQtAsRzAkKHsUqDSZ6qY=",
              "text": "The user asks for 27 * 453.
      27 * 453 = 27 * 400 + 27 * 53 = 10800 + 1431 = 12231.",
              "type": "thinking",
            },
          ],
        },
        {
          "reasoning_details": [
            {
              "data": "EmwKAhgBEgy3va3pzix/LafPsn4aDFIT2Xlxh0L5L8rLVyIwxtE3rAFBa8cr3qpPkNRj2YfWXGmKDxH4mPnZ5sQ7vB9URj2pLmN0aRqpg8mI6HvKKhRmA5bbd0aDx3ZfTmxDu1E3yh8fYg==",
              "type": "redacted_thinking",
            },
          ],
        },
        {
          "content": "27 × 453 = **12,231**.",
        },
        {
          "finish_reason": "stop",
          "usage": {
            "completion_tokens": 112,
            "completion_tokens_details": {
              "reasoning_tokens": 71,
            },
            "prompt_tokens": 86,
            "prompt_tokens_details": {
              "cache_write_tokens": 0,
              "cached_tokens": 0,
            },
            "total_tokens": 198,
          },
        },
      ]
    `);
  });

  it('throws an overloaded error event that arrives after message_start as a retryable LLMError', () => {
    const { deltas, error } = replayError(fixture('anthropic-overloaded-after-start.sse.txt'));
    expect(deltas).toEqual([{ provider: 'anthropic', model: 'claude-sonnet-5', id: 'msg_01A8oAKW6oNTLZK7LrUFGgg3' }]);
    expect(error).toBeInstanceOf(LLMError);
    expect(error).toMatchObject({ kind: 'overloaded', status: 529, code: 'overloaded_error', retryable: true, provider: 'anthropic' });
  });

  it('classifies an in-stream rate limit with status 429 so SDK-style checks still work', () => {
    const parser = createAnthropicStreamParser(ctx);
    expect(() =>
      parser.push({ event: 'error', data: '{"type":"error","error":{"type":"rate_limit_error","message":"Rate limited"}}' }),
    ).toThrow(expect.objectContaining({ kind: 'rate_limit', status: 429 }));
  });

  it('emits the final delta from finish() when message_stop never came, and nothing twice', () => {
    const parser = createAnthropicStreamParser(ctx);
    parser.push({ data: '{"type":"message_start","message":{"id":"m","model":"claude-x","usage":{"input_tokens":3,"output_tokens":1}}}' });
    parser.push({ data: '{"type":"message_delta","delta":{"stop_reason":"max_tokens"},"usage":{"output_tokens":9}}' });
    expect(parser.finish()).toEqual([{ finish_reason: 'length', usage: { prompt_tokens: 3, completion_tokens: 9, total_tokens: 12 } }]);
    expect(parser.finish()).toEqual([]);
    expect(createAnthropicStreamParser(ctx).finish()).toEqual([]);
  });

  it('ignores pings, unknown events and [DONE]; rejects malformed JSON as a server error', () => {
    const parser = createAnthropicStreamParser(ctx);
    expect(parser.push({ event: 'ping', data: '{"type": "ping"}' })).toEqual([]);
    expect(parser.push({ data: '{"type":"something_new","x":1}' })).toEqual([]);
    expect(parser.push({ data: '[DONE]' })).toEqual([]);
    expect(() => parser.push({ data: '{"type":"content_block_delta",' })).toThrow(expect.objectContaining({ kind: 'server' }));
  });
});
