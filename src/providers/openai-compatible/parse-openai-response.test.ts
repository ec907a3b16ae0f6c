import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LLMError } from '../../errors/llm-error.js';
import type { BackendType } from '../../settings/backend-type.js';
import { PRESETS } from '../presets.js';
import type { AdapterContext } from '../provider-adapter.js';
import { parseOpenAIResponse } from './parse-openai-response.js';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8'));

function ctx(backend: BackendType, model = 'm'): AdapterContext {
  return {
    provider: backend,
    model,
    apiBase: PRESETS[backend].baseURL,
    stream: false,
    quirks: PRESETS[backend].quirks,
    capabilities: { functionCallAvailable: true, responseFormatAvailable: true, nativeMultimodal: false },
  };
}

function parse(name: string, backend: BackendType) {
  const { raw, ...rest } = parseOpenAIResponse(fixture(name), ctx(backend));
  expect(raw).toBeDefined();
  return rest;
}

function thrown(fn: () => unknown): LLMError {
  try {
    fn();
  } catch (e) {
    if (e instanceof LLMError) return e;
    throw e;
  }
  throw new Error('expected an LLMError');
}

describe('parseOpenAIResponse', () => {
  it('DeepSeek: reasoning_content and cache-hit usage', () => {
    expect(parse('deepseek-reasoning.json', 'deepseek')).toEqual({
      content: '9.9 is larger.',
      reasoning_content: 'Compare the decimals: 0.90 > 0.11.',
      tool_calls: null,
      finish_reason: 'stop',
      usage: {
        prompt_tokens: 24,
        completion_tokens: 41,
        total_tokens: 65,
        prompt_tokens_details: { cached_tokens: 16 },
        completion_tokens_details: { reasoning_tokens: 30 },
      },
      provider: 'deepseek',
      model: 'deepseek-v4-pro',
      id: '930c60df-bf64-41c9-a88e-3ec75f81e00e',
    });
  });

  it('Moonshot: top-level cached_tokens', () => {
    const r = parse('moonshot-cached-tokens.json', 'moonshot');
    expect(r.usage).toEqual({
      prompt_tokens: 300,
      completion_tokens: 12,
      total_tokens: 312,
      prompt_tokens_details: { cached_tokens: 256 },
    });
    expect(r.reasoning_content).toBe('用户打招呼。');
  });

  it('MiniMax: <think> tags split into reasoning, base_resp 0 is success', () => {
    const r = parse('minimax-think.json', 'minimax');
    expect(r.reasoning_content).toBe('The user wants a haiku.');
    expect(r.content).toBe('Autumn moonlight—\na worm digs silently\ninto the chestnut.');
    expect(r.usage.total_tokens).toBe(80);
  });

  it('MiniMax: reasoning_details text becomes reasoning_content', () => {
    const r = parse('minimax-reasoning-details.json', 'minimax');
    expect(r.reasoning_content).toBe('A greeting; reply briefly.');
    expect(r.content).toBe('Hello!');
  });

  it('MiniMax: base_resp error inside HTTP 200 throws a classified rate limit', () => {
    const err = thrown(() => parseOpenAIResponse(fixture('minimax-base-resp-error.json'), ctx('minimax')));
    expect(err.kind).toBe('rate_limit');
    expect(err.code).toBe('1002');
    expect(err.status).toBe(429);
    expect(err.retryable).toBe(true);
    expect(err.provider).toBe('minimax');
    expect(err.message).toContain('rate limit exceeded(RPM)');
  });

  it('Groq: message.reasoning and reasoning tokens', () => {
    const r = parse('groq-reasoning.json', 'groq');
    expect(r.reasoning_content).toBe('Capital of France.');
    expect(r.content).toBe('Paris.');
    expect(r.usage).toEqual({
      prompt_tokens: 80,
      completion_tokens: 20,
      total_tokens: 100,
      completion_tokens_details: { reasoning_tokens: 12 },
    });
  });

  it('Mistral: thinking chunks inside content', () => {
    const r = parse('mistral-thinking.json', 'mistral');
    expect(r.reasoning_content).toBe('2 + 2 = 4.');
    expect(r.content).toBe('The answer is 4.');
    expect(r.tool_calls).toBeNull();
  });

  it('OpenAI: tool calls, null content, reasoning tokens', () => {
    const r = parse('openai-tool-calls.json', 'openai');
    expect(r.content).toBeNull();
    expect(r.finish_reason).toBe('tool_calls');
    expect(r.tool_calls).toEqual([{ id: 'call_w1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } }]);
    expect(r.usage.completion_tokens_details).toEqual({ reasoning_tokens: 128 });
    expect(r.usage.prompt_tokens_details).toBeUndefined();
  });

  it('Azure: finish_reason content_filter is a result, not an error', () => {
    const r = parse('azure-content-filter.json', 'azure_openai');
    expect(r.finish_reason).toBe('content_filter');
    expect(r.content).toBeNull();
  });

  it('Ollama: object arguments are stringified and stop becomes tool_calls', () => {
    const r = parse('ollama-tool-call-stop.json', 'local');
    expect(r.finish_reason).toBe('tool_calls');
    expect(r.content).toBeNull();
    expect(r.tool_calls).toEqual([{ id: 'call_0', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } }]);
  });

  it('OpenRouter: error object in a 200 body throws with the body status', () => {
    const err = thrown(() => parseOpenAIResponse(fixture('openrouter-error-in-200.json'), ctx('openrouter')));
    expect(err.kind).toBe('rate_limit');
    expect(err.status).toBe(429);
  });

  it('rejects bodies that are not completions', () => {
    expect(thrown(() => parseOpenAIResponse('nope', ctx('openai'))).kind).toBe('server');
    expect(thrown(() => parseOpenAIResponse({ id: 'x', choices: [] }, ctx('openai'))).message).toContain('no choices');
  });
});
