import { describe, expect, it } from 'vitest';
import { LatencyTracker } from './latency-tracker.js';

describe('LatencyTracker', () => {
  it('reports nearest-rank percentiles', () => {
    const t = new LatencyTracker(100);
    for (let i = 1; i <= 100; i++) t.record(i);
    expect(t.p50).toBe(50);
    expect(t.p95).toBe(95);
    expect(t.percentile(100)).toBe(100);
    expect(t.mean()).toBe(50.5);
  });

  it('keeps only the most recent samples', () => {
    const t = new LatencyTracker(4);
    for (const ms of [1000, 1000, 1000, 1000, 10, 20, 30, 40]) t.record(ms);
    expect(t.count).toBe(4);
    expect(t.total).toBe(8);
    expect(t.percentile(100)).toBe(40);
  });

  it('is undefined when empty and ignores nonsense', () => {
    const t = new LatencyTracker();
    expect(t.p50).toBeUndefined();
    t.record(Number.NaN);
    t.record(-5);
    expect(t.count).toBe(0);
  });

  it('invalidates the cached order on record', () => {
    const t = new LatencyTracker(10);
    t.record(5);
    expect(t.p95).toBe(5);
    t.record(500);
    expect(t.p95).toBe(500);
  });
});
