import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteLimiterStore } from './sqlite-limiter-store.js';
import { FakeClock } from './testing/fake-clock.js';
import { limiterStoreConformance } from './testing/limiter-store-conformance.js';

const dir = mkdtempSync(join(tmpdir(), 'stable-llm-sqlite-limiter-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let clock = new FakeClock();
let n = 0;

limiterStoreConformance(
  { describe, it, expect },
  {
    name: 'SqliteLimiterStore',
    makeStore: async () => {
      clock = new FakeClock();
      return SqliteLimiterStore.open(join(dir, `conformance-${n++}.db`), { clock });
    },
    advance: async (ms) => clock.advance(ms),
    windowMs: 60_000,
  },
);

describe('SqliteLimiterStore specifics', () => {
  it('two connections to one file share a limit exactly', async () => {
    const path = join(dir, 'shared.db');
    const c = new FakeClock();
    const a = await SqliteLimiterStore.open(path, { clock: c });
    const b = await SqliteLimiterStore.open(path, { clock: c });
    try {
      const results = await Promise.all(
        Array.from({ length: 500 }, (_, i) => (i % 2 === 0 ? a : b).acquire('shared', { limit: 100, windowMs: 60_000 })),
      );
      expect(results.filter((r) => r.allowed)).toHaveLength(100);
      // A ticket issued through one connection can be adjusted through the other.
      const t = await a.acquire('tpm', { limit: 100, windowMs: 60_000, cost: 90 });
      await b.adjust('tpm', t.ticket as string, 10);
      expect((await b.acquire('tpm', { limit: 100, windowMs: 60_000, cost: 90 })).allowed).toBe(true);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('limits survive a restart (new store on the same file)', async () => {
    const path = join(dir, 'restart.db');
    const c = new FakeClock();
    const first = await SqliteLimiterStore.open(path, { clock: c });
    expect((await first.acquire('r', { limit: 1, windowMs: 60_000 })).allowed).toBe(true);
    await first.close();
    const second = await SqliteLimiterStore.open(path, { clock: c });
    expect((await second.acquire('r', { limit: 1, windowMs: 60_000 })).allowed).toBe(false);
    await second.close();
  });

  it('works on a caller-owned database and leaves it open', async () => {
    const db = new Database(':memory:');
    const store = new SqliteLimiterStore({ db, tablePrefix: 'limits_', clock: new FakeClock() });
    expect((await store.acquire('x', { limit: 1, windowMs: 1_000 })).allowed).toBe(true);
    await store.close();
    expect(db.open).toBe(true);
    expect(db.prepare('SELECT COUNT(*) AS n FROM limits_window').get()).toEqual({ n: 1 });
    db.close();
    expect(() => new SqliteLimiterStore({ db: new Database(':memory:'), tablePrefix: 'x; DROP' })).toThrow(RangeError);
  });
});
