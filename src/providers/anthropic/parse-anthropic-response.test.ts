import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LLMError } from '../../errors/llm-error.js';
import { mapAnthropicStopReason } from './map-anthropic-stop-reason.js';
import { parseAnthropicResponse } from './parse-anthropic-response.js';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8'));
const ctx = { provider: 'anthropic', model: 'claude-requested' };

describe('parseAnthropicResponse', () => {
  it('maps text and tool_use blocks, stop reason and cached usage', () => {
    const { raw, ...result } = parseAnthropicResponse(fixture('anthropic-response-tool-use.json'), ctx);
    expect(raw).toBeDefined();
    expect(result).toMatchInlineSnapshot(`
      {
        "content": "I'll look that up.",
        "finish_reason": "tool_calls",
        "id": "msg_01Aq9w938a90dw8q",
        "model": "claude-sonnet-5",
        "provider": "anthropic",
        "reasoning_content": null,
        "tool_calls": [
          {
            "function": {
              "arguments": "{"location":"San Francisco, CA","unit":"celsius"}",
              "name": "get_weather",
            },
            "id": "toolu_01A09q90qw90lq917835lq9",
            "type": "function",
          },
          {
            "function": {
              "arguments": "{}",
              "name": "get_time",
            },
            "id": "toolu_01B2tvJQmPMXq7dR9bH4Kr8s",
            "type": "function",
          },
        ],
        "usage": {
          "completion_tokens": 96,
          "prompt_tokens": 1920,
          "prompt_tokens_details": {
            "cache_write_tokens": 0,
            "cached_tokens": 1536,
          },
          "total_tokens": 2016,
        },
      }
    `);
  });

  it('maps thinking to reasoning_content and reasoning_details (signature kept), redacted thinking to details', () => {
    const { raw: _raw, ...result } = parseAnthropicResponse(fixture('anthropic-response-thinking.json'), ctx);
    expect(result).toMatchInlineSnapshot(`
      {
        "content": "Yes, there are infinitely many prime numbers such that mod 4 = 3.",
        "finish_reason": "length",
        "id": "msg_01Rq7Ha5j6vCyTLUT4jbDaUg",
        "model": "claude-opus-5",
        "provider": "anthropic",
        "reasoning_content": "To approach this, let's think about what we know about prime numbers...",
        "reasoning_details": [
          {
            "signature": "WaUjzkypQ2mUEVM36O2TxuC06KN8xyfbJwyem2dw3URve/op91XWHOEBLLqIOMfFG/UvLEczmEsUjavL....",
            "text": "To approach this, let's think about what we know about prime numbers...",
            "type": "thinking",
          },
          {
            "data": "EmwKAhgBEgy3va3pzix/LafPsn4aDFIT2Xlxh0L5L8rLVyIw...",
            "type": "redacted_thinking",
          },
        ],
        "tool_calls": null,
        "usage": {
          "completion_tokens": 1100,
          "completion_tokens_details": {
            "reasoning_tokens": 1030,
          },
          "prompt_tokens": 2110,
          "prompt_tokens_details": {
            "cache_write_tokens": 2051,
            "cached_tokens": 0,
          },
          "total_tokens": 3210,
        },
      }
    `);
  });

  it('throws an error object found in a 2xx body as a typed error', () => {
    const body = { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' }, request_id: 'req_1' };
    let error: unknown;
    try {
      parseAnthropicResponse(body, ctx);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LLMError);
    expect(error).toMatchObject({ kind: 'overloaded', status: 529, retryable: true, requestId: 'req_1' });
  });

  it('tolerates missing or odd fields', () => {
    const result = parseAnthropicResponse(
      { content: [null, { type: 'text' }, { type: 'server_tool_use', id: 'x' }], usage: { input_tokens: 'x' } },
      ctx,
    );
    expect(result).toMatchObject({
      content: null,
      reasoning_content: null,
      tool_calls: null,
      finish_reason: null,
      model: 'claude-requested',
      usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
    });
    expect(() => parseAnthropicResponse('nope', ctx)).toThrow(LLMError);
  });
});

describe('mapAnthropicStopReason', () => {
  it.each([
    ['end_turn', 'stop'],
    ['stop_sequence', 'stop'],
    ['pause_turn', 'stop'],
    ['max_tokens', 'length'],
    ['model_context_window_exceeded', 'length'],
    ['tool_use', 'tool_calls'],
    ['refusal', 'content_filter'],
    ['something_new', 'stop'],
    [null, null],
  ])('%s → %s', (reason, expected) => {
    expect(mapAnthropicStopReason(reason)).toBe(expected);
  });
});
