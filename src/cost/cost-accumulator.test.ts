import { describe, expect, it } from 'vitest';
import type { Usage } from '../spec/usage.js';
import { computeCost } from './compute-cost.js';
import { CostAccumulator } from './cost-accumulator.js';

const price = { input: 1, output: 2 };
const usage = (p: number, c: number, cached = 0): Usage => ({
  prompt_tokens: p,
  completion_tokens: c,
  total_tokens: p + c,
  prompt_tokens_details: { cached_tokens: cached },
});

describe('CostAccumulator', () => {
  it('sums per key, model and provider', () => {
    const acc = new CostAccumulator();
    const u1 = usage(1_000_000, 0);
    const u2 = usage(0, 1_000_000);
    const u3 = usage(500_000, 500_000, 100_000);
    acc.add({ cost: computeCost(u1, price), usage: u1, key: 'k1', model: 'gpt-5.5', provider: 'openai' });
    acc.add({ cost: computeCost(u2, price), usage: u2, key: 'k1', model: 'claude-sonnet-5', provider: 'anthropic' });
    acc.add({ cost: computeCost(u3, price), usage: u3, key: 'k2', model: 'gpt-5.5', provider: 'azure_openai' });
    acc.add({ cost: computeCost(u1, price) });

    const s = acc.snapshot();
    expect(s.total).toMatchObject({ requests: 4, prompt_tokens: 1_500_000, completion_tokens: 1_500_000, cached_tokens: 100_000 });
    expect(s.total.cost.total).toBe(1 + 2 + 1.5 + 1);
    expect(s.byKey.k1).toMatchObject({ requests: 2, cost: { total: 3 } });
    expect(s.byKey.k2.cost.total).toBe(1.5);
    expect(s.byModel['gpt-5.5']).toMatchObject({
      requests: 2,
      prompt_tokens: 1_500_000,
      cost: { input: 1.4, cache_read: 0.1, output: 1, total: 2.5 },
    });
    expect(Object.keys(s.byProvider).sort()).toEqual(['anthropic', 'azure_openai', 'openai']);
  });

  it('returns snapshots that do not change afterwards, and resets', () => {
    const acc = new CostAccumulator();
    acc.add({ cost: computeCost(usage(1_000_000, 0), price), model: 'm' });
    const before = acc.snapshot();
    acc.add({ cost: computeCost(usage(1_000_000, 0), price), model: 'm' });
    expect(before.byModel.m.requests).toBe(1);
    expect(acc.snapshot().byModel.m.requests).toBe(2);
    acc.reset();
    expect(acc.snapshot()).toEqual({ total: expect.objectContaining({ requests: 0 }), byKey: {}, byModel: {}, byProvider: {} });
  });
});
