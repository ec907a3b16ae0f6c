import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LLMError } from '../../errors/llm-error.js';
import type { BackendType } from '../../settings/backend-type.js';
import type { StreamDelta } from '../../spec/stream-delta.js';
import { SseDecoder } from '../../transport/sse-decoder.js';
import { PRESETS } from '../presets.js';
import type { AdapterContext } from '../provider-adapter.js';
import { createOpenAIStreamParser } from './parse-openai-stream.js';

function ctx(backend: BackendType): AdapterContext {
  return {
    provider: backend,
    model: 'm',
    apiBase: PRESETS[backend].baseURL,
    stream: true,
    quirks: PRESETS[backend].quirks,
    capabilities: { functionCallAvailable: true, responseFormatAvailable: true, nativeMultimodal: false },
  };
}

interface Replay {
  deltas: StreamDelta[];
  error?: { kind: string; code?: string; status?: number; message: string; requestId?: string };
}

/** Feeds `bytes` to a fresh decoder + parser, cut at `cuts`. */
function replay(bytes: Uint8Array, cuts: number[], backend: BackendType): Replay {
  const decoder = new SseDecoder();
  const parser = createOpenAIStreamParser(ctx(backend));
  const deltas: StreamDelta[] = [];
  try {
    let from = 0;
    for (const cut of [...cuts, bytes.length]) {
      for (const event of decoder.push(bytes.subarray(from, cut))) deltas.push(...parser.push(event));
      from = cut;
    }
    for (const event of decoder.end()) deltas.push(...parser.push(event));
    deltas.push(...parser.finish());
  } catch (e) {
    if (!(e instanceof LLMError)) throw e;
    return { deltas, error: { kind: e.kind, code: e.code, status: e.status, message: e.message, requestId: e.requestId } };
  }
  return { deltas };
}

/** The whole-body result, after asserting that every single cut and 1-byte chunks give the same. */
function run(name: string, backend: BackendType): Replay {
  const bytes = readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url));
  const whole = replay(bytes, [], backend);
  for (let cut = 1; cut < bytes.length; cut++) {
    const split = replay(bytes, [cut], backend);
    if (JSON.stringify(split) !== JSON.stringify(whole)) expect({ cut, ...split }).toEqual({ cut, ...whole });
  }
  const bytewise = replay(
    bytes,
    Array.from({ length: bytes.length - 1 }, (_, i) => i + 1),
    backend,
  );
  expect(bytewise).toEqual(whole);
  return whole;
}

/** Deltas without the upstream id/model that the first one carries (asserted separately). */
const noMeta = (deltas: StreamDelta[]) => deltas.map(({ id: _id, model: _model, ...rest }) => rest);

const joined = (deltas: StreamDelta[], field: 'content' | 'reasoning_content') => deltas.map((d) => d[field] ?? '').join('');

describe('OpenAI-compatible stream parser (fixtures replayed at every byte boundary)', () => {
  it('OpenAI: tool-call deltas with indexes, usage-only final chunk, [DONE]', () => {
    const { deltas, error } = run('openai-tool-calls.sse.txt', 'openai');
    expect(error).toBeUndefined();
    expect(deltas[0]).toMatchObject({ id: 'chatcmpl-AX1', model: 'gpt-5.4-mini-2026-03-17' });
    expect(deltas.slice(1).some((d) => 'id' in d || 'model' in d)).toBe(false);
    expect(noMeta(deltas)).toEqual([
      { tool_calls: [{ index: 0, id: 'call_w1', type: 'function', function: { name: 'get_weather', arguments: '' } }] },
      { tool_calls: [{ index: 0, function: { arguments: '{"city":' } }] },
      { tool_calls: [{ index: 0, function: { arguments: '"Paris"}' } }] },
      { tool_calls: [{ index: 1, id: 'call_t2', type: 'function', function: { name: 'get_time', arguments: '{"tz":"CET"}' } }] },
      { finish_reason: 'tool_calls' },
      {
        usage: {
          prompt_tokens: 82,
          completion_tokens: 31,
          total_tokens: 113,
          prompt_tokens_details: { cached_tokens: 64 },
        },
      },
    ]);
  });

  it('DeepSeek: keep-alive comments ignored, reasoning then content, cache-hit usage', () => {
    const { deltas } = run('deepseek-reasoning.sse.txt', 'deepseek');
    expect(joined(deltas, 'reasoning_content')).toBe('比较 9.11 和 9.9：0.90 > 0.11。');
    expect(joined(deltas, 'content')).toBe('9.9 更大。');
    expect(deltas.at(-2)).toEqual({ finish_reason: 'stop' });
    expect(deltas.at(-1)).toEqual({
      usage: {
        prompt_tokens: 24,
        completion_tokens: 41,
        total_tokens: 65,
        prompt_tokens_details: { cached_tokens: 16 },
        completion_tokens_details: { reasoning_tokens: 30 },
      },
    });
  });

  it('Groq: reasoning field and usage from x_groq', () => {
    const { deltas } = run('groq-x-groq.sse.txt', 'groq');
    expect(noMeta(deltas)).toEqual([
      { reasoning_content: 'User says hi.' },
      { content: 'Hi there' },
      { content: '!' },
      { finish_reason: 'stop' },
      { usage: { prompt_tokens: 75, completion_tokens: 14, total_tokens: 89 } },
    ]);
  });

  it('Mistral: thinking chunks and usage on the last chunk without stream_options', () => {
    const { deltas } = run('mistral-thinking.sse.txt', 'mistral');
    expect(noMeta(deltas)).toEqual([
      { reasoning_content: 'Two plus two' },
      { reasoning_content: ' is four.' },
      { content: '4' },
      { finish_reason: 'stop' },
      { usage: { prompt_tokens: 9, completion_tokens: 12, total_tokens: 21 } },
    ]);
  });

  it('MiniMax: <think> tags split across chunks; a trailing "<" is released at the end', () => {
    const { deltas, error } = run('minimax-think.sse.txt', 'minimax');
    expect(error).toBeUndefined();
    expect(joined(deltas, 'reasoning_content')).toBe('用户在打招呼，简短回复即可。');
    expect(joined(deltas, 'content')).toBe('你好！有什么可以帮你？ <3');
    expect(deltas.at(-2)).toEqual({ content: '<3', finish_reason: 'stop' });
    expect(deltas.at(-1)).toEqual({ usage: { prompt_tokens: 30, completion_tokens: 31, total_tokens: 61 } });
  });

  it('Moonshot: usage inside the choice, top-level cached_tokens', () => {
    const { deltas } = run('moonshot-choice-usage.sse.txt', 'moonshot');
    expect(noMeta(deltas)).toEqual([
      { reasoning_content: 'Short answer.' },
      { content: 'Done.' },
      { finish_reason: 'stop' },
      { usage: { prompt_tokens: 120, completion_tokens: 9, total_tokens: 129, prompt_tokens_details: { cached_tokens: 100 } } },
    ]);
  });

  it('DashScope: data_inspection_failed after partial content throws content_policy', () => {
    const { deltas, error } = run('dashscope-inspection-error.sse.txt', 'qwen');
    expect(deltas).toEqual([{ content: '关于这个话题，', id: 'chatcmpl-q1', model: 'qwen-plus' }]);
    expect(error).toMatchObject({
      kind: 'content_policy',
      code: 'data_inspection_failed',
      status: 400,
      requestId: '5d2a0c9e-0000-9f1b-a4f2-7b1e0c3d2a11',
    });
  });

  it('OpenRouter: processing comments ignored; mid-stream 502 error throws overloaded', () => {
    const { deltas, error } = run('openrouter-midstream-error.sse.txt', 'openrouter');
    // The first delta names the model OpenRouter actually routed to.
    expect(deltas).toEqual([{ content: 'Once upon', id: 'gen-17', model: 'deepseek/deepseek-v4-flash' }]);
    expect(error).toMatchObject({ kind: 'overloaded', status: 502 });
    expect(error?.message).toContain('Provider returned error');
  });
});

describe('OpenAI-compatible stream parser (events)', () => {
  const chunk = (delta: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    data: JSON.stringify({ id: 'c', object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: null }], ...extra }),
  });

  it('throws on `event: error`', () => {
    const parser = createOpenAIStreamParser(ctx('openai'));
    expect(() =>
      parser.push({
        event: 'error',
        data: '{"error":{"message":"The server is overloaded","type":"server_error","code":"server_is_overloaded"}}',
      }),
    ).toThrowError(expect.objectContaining({ kind: 'overloaded', code: 'server_is_overloaded' }));
  });

  it('ignores role-only chunks, empty data and non-JSON noise; ignores events after [DONE]', () => {
    const parser = createOpenAIStreamParser(ctx('openai'));
    expect(parser.push(chunk({ role: 'assistant', content: '' }))).toEqual([]);
    expect(parser.push({ data: '' })).toEqual([]);
    expect(parser.push({ data: 'ping' })).toEqual([]);
    expect(parser.push(chunk({ content: 'a' }))).toEqual([{ content: 'a', id: 'c' }]);
    expect(parser.push({ data: '[DONE]' })).toEqual([]);
    expect(parser.push(chunk({ content: 'late' }))).toEqual([]);
    expect(parser.finish()).toEqual([]);
  });

  it('assigns indexes to index-less tool calls sent one per chunk (Ollama style)', () => {
    const parser = createOpenAIStreamParser(ctx('local'));
    const call = (id: string, name: string) => chunk({ tool_calls: [{ id, function: { name, arguments: { a: 1 } } }] });
    expect(parser.push(call('x', 'f'))).toEqual([
      { id: 'c', tool_calls: [{ index: 0, id: 'x', type: 'function', function: { name: 'f', arguments: '{"a":1}' } }] },
    ]);
    expect(parser.push(call('y', 'g'))[0].tool_calls?.[0].index).toBe(1);
    // finish_reason "stop" after tool calls is normalised.
    expect(parser.push({ data: JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] }) })).toEqual([
      { finish_reason: 'tool_calls' },
    ]);
  });

  it('keeps only the latest cumulative usage (xAI sends it on every chunk)', () => {
    const parser = createOpenAIStreamParser(ctx('xai'));
    const usage = (n: number) => ({ usage: { prompt_tokens: 38, completion_tokens: n, total_tokens: 38 + n } });
    expect(parser.push(chunk({ content: 'Coca' }, usage(1)))).toEqual([{ content: 'Coca', id: 'c' }]);
    expect(parser.push(chunk({ content: '-Cola' }, usage(2)))).toEqual([{ content: '-Cola' }]);
    expect(parser.finish()).toEqual([{ usage: { prompt_tokens: 38, completion_tokens: 2, total_tokens: 40 } }]);
  });

  it('flushes an unclosed <think> block as reasoning at finish()', () => {
    const parser = createOpenAIStreamParser(ctx('local'));
    expect(parser.push(chunk({ content: '<think>still thinking </thi' }))).toEqual([{ reasoning_content: 'still thinking', id: 'c' }]);
    expect(parser.finish()).toEqual([{ reasoning_content: ' </thi' }]);
  });

  it('a stream that carried no data at all fails visibly (JSON error body on a stream request)', () => {
    const parser = createOpenAIStreamParser(ctx('minimax'));
    expect(() => parser.finish()).toThrowError(expect.objectContaining({ kind: 'server', retryable: true }));
    const done = createOpenAIStreamParser(ctx('openai'));
    done.push({ data: '[DONE]' });
    expect(done.finish()).toEqual([]);
  });

  it('content_filter finish reason is passed through, not thrown', () => {
    const parser = createOpenAIStreamParser(ctx('moonshot'));
    expect(parser.push({ data: JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: 'content_filter' }] }) })).toEqual([
      { finish_reason: 'content_filter' },
    ]);
  });
});
