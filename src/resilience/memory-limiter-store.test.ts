import { describe, expect, it } from 'vitest';
import { MemoryLimiterStore } from './memory-limiter-store.js';
import { FakeClock } from './testing/fake-clock.js';
import { limiterStoreConformance } from './testing/limiter-store-conformance.js';

let clock = new FakeClock();

limiterStoreConformance(
  { describe, it, expect },
  {
    name: 'MemoryLimiterStore',
    makeStore: () => {
      clock = new FakeClock();
      return new MemoryLimiterStore({ clock });
    },
    advance: async (ms) => clock.advance(ms),
    windowMs: 60_000,
  },
);

describe('MemoryLimiterStore specifics', () => {
  it('retryAfterMs accounts for how much has to expire, not just the oldest entry', () => {
    const c = new FakeClock(0);
    const store = new MemoryLimiterStore({ clock: c });
    store.acquireAllSync([{ type: 'window', key: 'k', limit: 10, windowMs: 60_000, cost: 3 }]);
    c.set(10_000);
    store.acquireAllSync([{ type: 'window', key: 'k', limit: 10, windowMs: 60_000, cost: 3 }]);
    c.set(20_000);
    store.acquireAllSync([{ type: 'window', key: 'k', limit: 10, windowMs: 60_000, cost: 3 }]);
    c.set(30_000);
    // 9 used; 7 more need the first two entries (6 tokens) gone: at t = 70 000.
    const r = store.acquireAllSync([{ type: 'window', key: 'k', limit: 10, windowMs: 60_000, cost: 7 }]);
    expect(r).toMatchObject({ allowed: false, retryAfterMs: 40_000 });
  });

  it('keeps memory bounded as entries expire', () => {
    const c = new FakeClock(0);
    const store = new MemoryLimiterStore({ clock: c });
    for (let i = 0; i < 10_000; i++) {
      c.advance(10);
      expect(store.acquireAllSync([{ type: 'window', key: 'k', limit: 1_000_000, windowMs: 1_000, cost: 1 }]).allowed).toBe(true);
    }
    const r = store.acquireAllSync([{ type: 'window', key: 'k', limit: 1_000_000, windowMs: 1_000, cost: 1 }]);
    // Only the last second counts: 100 entries in (now - 1 s, now] plus this one.
    expect(r.remaining[0]).toBe(1_000_000 - 101);
    const internal = store as unknown as { windows: Map<string, { entries: unknown[]; head: number }> };
    const log = internal.windows.get('k');
    expect(log && log.entries.length - log.head).toBe(101);
    expect(log?.entries.length).toBeLessThan(2_100); // compacted, not 10 001 entries
  });
});
