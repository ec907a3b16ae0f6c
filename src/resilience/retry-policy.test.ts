import { describe, expect, it } from 'vitest';
import { RetryBudget } from './retry-budget.js';
import { RetryPolicy } from './retry-policy.js';
import { FakeClock } from './testing/fake-clock.js';

describe('RetryPolicy', () => {
  it('full jitter: delay = random × min(max, base × 2^n)', () => {
    const p = new RetryPolicy({ baseDelayMs: 100, maxDelayMs: 1_000, random: () => 0.5 });
    expect([0, 1, 2, 3, 4, 10].map((n) => p.backoff(n))).toEqual([50, 100, 200, 400, 500, 500]);
    const zero = new RetryPolicy({ random: () => 0 });
    expect(zero.backoff(3)).toBe(0);
  });

  it('retries only retryable kinds', () => {
    const p = new RetryPolicy({ random: () => 0.5 });
    for (const kind of ['rate_limit', 'overloaded', 'server', 'timeout', 'network'] as const)
      expect(p.decide({ kind }, 0).retry).toBe(true);
    for (const kind of ['invalid_request', 'auth', 'quota_exhausted', 'context_length', 'aborted', 'content_policy'] as const) {
      expect(p.decide({ kind }, 0)).toEqual({ retry: false, reason: 'not_retryable' });
    }
  });

  it('stops after maxRetries', () => {
    const p = new RetryPolicy({ maxRetries: 2 });
    expect(p.decide({ kind: 'server' }, 1).retry).toBe(true);
    expect(p.decide({ kind: 'server' }, 2)).toEqual({ retry: false, reason: 'max_retries' });
  });

  it('honours Retry-After as a floor, and refuses Retry-After beyond the cap', () => {
    const p = new RetryPolicy({ random: () => 0.5, baseDelayMs: 100, maxRetryAfterMs: 10_000 });
    expect(p.decide({ kind: 'rate_limit', retryAfterMs: 3_000 }, 0)).toEqual({ retry: true, delayMs: 3_000 });
    expect(p.decide({ kind: 'rate_limit', retryAfterMs: 10 }, 0)).toEqual({ retry: true, delayMs: 50 });
    expect(p.decide({ kind: 'rate_limit', retryAfterMs: 60_000 }, 0)).toEqual({ retry: false, reason: 'retry_after_too_long' });
  });

  it('spends a shared budget so an outage cannot multiply traffic', () => {
    const clock = new FakeClock(0);
    const budget = new RetryBudget({ ratio: 0.1, minPerSecond: 0, windowMs: 10_000, clock });
    const p = new RetryPolicy({ maxRetries: 3, budget, random: () => 0 });
    let retries = 0;
    for (let i = 0; i < 1_000; i++) {
      budget.recordRequest();
      // Every request fails and wants 3 retries.
      for (let n = 0; n < 3; n++) if (p.decide({ kind: 'server' }, n).retry) retries++;
    }
    expect(retries).toBe(100); // 10 % of 1 000, not 3 000
    expect(p.decide({ kind: 'server' }, 0)).toEqual({ retry: false, reason: 'budget_exhausted' });
  });
});

describe('RetryBudget', () => {
  it('always allows the per-second reserve, and refills as the window slides', () => {
    const clock = new FakeClock(0);
    const b = new RetryBudget({ ratio: 0.2, minPerSecond: 1, windowMs: 10_000, clock });
    let granted = 0;
    while (b.tryWithdraw()) granted++;
    expect(granted).toBe(10); // 1/s × 10 s, with no traffic at all
    for (let i = 0; i < 50; i++) b.recordRequest();
    expect(b.available()).toBe(10);
    clock.advance(11_000);
    expect(b.available()).toBe(10); // old retries and requests slid out
  });
});
