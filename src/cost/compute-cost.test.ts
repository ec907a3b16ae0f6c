import { describe, expect, it } from 'vitest';
import { mergeWithSettings } from '../catalog/merge-with-settings.js';
import { parseSettings } from '../settings/parse-settings.js';
import type { Usage } from '../spec/usage.js';
import { addCosts, computeCost, hasPricing, zeroCost } from './compute-cost.js';
import { costForModel } from './cost-for-model.js';

const sonnet = { input: 3, output: 15, cache_read: 0.3, cache_write: 3.75 };

describe('computeCost', () => {
  it('bills input and output per million tokens', () => {
    const usage: Usage = { prompt_tokens: 1_000_000, completion_tokens: 200_000, total_tokens: 1_200_000 };
    expect(computeCost(usage, sonnet)).toEqual({ input: 3, output: 3, cache_read: 0, cache_write: 0, total: 6, currency: 'USD' });
  });

  it('splits prompt tokens into uncached, cache-read and cache-write buckets without double billing', () => {
    const usage: Usage = {
      prompt_tokens: 10_000,
      completion_tokens: 500,
      total_tokens: 10_500,
      prompt_tokens_details: { cached_tokens: 6_000, cache_write_tokens: 3_000 },
    };
    const c = computeCost(usage, sonnet);
    expect(c.input).toBeCloseTo((1_000 * 3) / 1e6, 12);
    expect(c.cache_read).toBeCloseTo((6_000 * 0.3) / 1e6, 12);
    expect(c.cache_write).toBeCloseTo((3_000 * 3.75) / 1e6, 12);
    expect(c.output).toBeCloseTo((500 * 15) / 1e6, 12);
    expect(c.total).toBeCloseTo(c.input + c.cache_read + c.cache_write + c.output, 12);
  });

  it('treats prompt_tokens as the uncached part when the cache buckets exceed it (raw Anthropic shape)', () => {
    const usage: Usage = { prompt_tokens: 100, completion_tokens: 0, total_tokens: 100, prompt_tokens_details: { cached_tokens: 5_000 } };
    const c = computeCost(usage, sonnet);
    expect(c.input).toBeCloseTo((100 * 3) / 1e6, 12);
    expect(c.cache_read).toBeCloseTo((5_000 * 0.3) / 1e6, 12);
  });

  it('falls back to the input rate for missing cache rates', () => {
    const usage: Usage = {
      prompt_tokens: 1_000_000,
      completion_tokens: 0,
      total_tokens: 1_000_000,
      prompt_tokens_details: { cached_tokens: 400_000, cache_write_tokens: 100_000 },
    };
    const c = computeCost(usage, { input: 2, output: 8 });
    expect(c).toMatchObject({ input: 1, cache_read: 0.8, cache_write: 0.2, total: 2 });
  });

  it('bills reasoning tokens as output, adding them only when the adapter left them out', () => {
    const included: Usage = {
      prompt_tokens: 0,
      completion_tokens: 1_000,
      total_tokens: 1_000,
      completion_tokens_details: { reasoning_tokens: 800 },
    };
    expect(computeCost(included, { input: 1, output: 10 }).output).toBeCloseTo(0.01, 12);
    const separate: Usage = {
      prompt_tokens: 0,
      completion_tokens: 200,
      total_tokens: 1_000,
      completion_tokens_details: { reasoning_tokens: 800 },
    };
    expect(computeCost(separate, { input: 1, output: 10 }).output).toBeCloseTo(0.01, 12);
  });

  it('switches the whole request to long-context rates above the threshold', () => {
    const gpt55 = { input: 5, cache_read: 0.5, output: 30, longContext: { threshold: 272_000, input: 10, cache_read: 1, output: 45 } };
    const short: Usage = { prompt_tokens: 272_000, completion_tokens: 1_000, total_tokens: 273_000 };
    expect(computeCost(short, gpt55)).toMatchObject({ input: 1.36, output: 0.03 });
    const long: Usage = {
      prompt_tokens: 300_000,
      completion_tokens: 1_000,
      total_tokens: 301_000,
      prompt_tokens_details: { cached_tokens: 100_000 },
    };
    expect(computeCost(long, gpt55)).toMatchObject({ input: 2, cache_read: 0.1, output: 0.045, total: 2.145 });
  });

  it('is robust to odd usage values', () => {
    const weird = { prompt_tokens: -5, completion_tokens: Number.NaN, total_tokens: 0 } as Usage;
    expect(computeCost(weird, sonnet)).toEqual(zeroCost());
  });

  it('adds costs without floating-point dust', () => {
    const a = computeCost({ prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 }, { input: 0.1, output: 0.2 });
    let sum = zeroCost();
    for (let i = 0; i < 10; i++) sum = addCosts(sum, a);
    expect(sum.total).toBe(0.000003);
  });

  it('hasPricing distinguishes unknown from free', () => {
    expect(hasPricing(undefined)).toBe(false);
    expect(hasPricing({})).toBe(false);
    expect(hasPricing({ input: 0, output: 0 })).toBe(true);
  });
});

describe('costForModel', () => {
  const usage: Usage = { prompt_tokens: 2_000_000, completion_tokens: 100_000, total_tokens: 2_100_000 };

  it('uses catalog prices, including for dated snapshots and cloud deployments', () => {
    expect(costForModel(usage, 'anthropic', 'claude-haiku-4-5-20251001')).toMatchObject({ input: 2, output: 0.5, total: 2.5 });
    expect(costForModel(usage, 'bedrock', 'anthropic.claude-haiku-4-5-20251001-v1:0')?.total).toBe(2.5);
  });

  it('returns undefined when prices are unknown', () => {
    expect(costForModel(usage, 'qwen', 'qwen3-max')).toBeUndefined();
    expect(costForModel(usage, 'openai', 'unknown-model')).toBeUndefined();
  });

  it('honours user prices from settings', () => {
    const catalog = mergeWithSettings(
      parseSettings({ backends: { qwen: { models: { 'qwen3-max': { pricing: { input: 1.2, output: 6 } } } } } }),
    );
    expect(costForModel(usage, 'qwen', 'qwen3-max', catalog)).toMatchObject({ input: 2.4, output: 0.6, total: 3 });
  });
});
