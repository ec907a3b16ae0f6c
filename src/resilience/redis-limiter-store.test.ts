import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisLimiterStore } from './redis-limiter-store.js';
import { limiterStoreConformance } from './testing/limiter-store-conformance.js';
import { DEFAULT_TEST_REDIS_URL, redisAvailable, uniqueTestPrefix } from './testing/require-redis.js';

// Integration test against a real Redis (server time cannot be faked, so the two time-dependent
// scenarios wait out a 300 ms window for real).
const url = process.env.REDIS_URL ?? DEFAULT_TEST_REDIS_URL;
const available = await redisAvailable(url);
const runPrefix = uniqueTestPrefix('redis-limiter');
const clients: Redis[] = [];
let n = 0;

function client(): Redis {
  const c = new Redis(url, { maxRetriesPerRequest: 1 });
  clients.push(c);
  return c;
}

describe.skipIf(!available)('RedisLimiterStore (real Redis)', () => {
  let admin: Redis;
  beforeAll(() => {
    admin = client();
  });
  afterAll(async () => {
    // Remove every key this run created, then close every connection.
    let cursor = '0';
    do {
      const [next, keys] = await admin.scan(cursor, 'MATCH', `${runPrefix}*`, 'COUNT', 1000);
      if (keys.length > 0) await admin.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    await Promise.all(clients.map((c) => (c.status === 'end' ? undefined : c.quit())));
  });

  limiterStoreConformance(
    { describe, it, expect },
    {
      name: 'RedisLimiterStore',
      makeStore: () => new RedisLimiterStore({ client: client(), prefix: `${runPrefix}${n++}:`, ownsClient: true }),
      advance: (ms) => new Promise((r) => setTimeout(r, ms)),
      windowMs: 300,
    },
  );

  it('two separate clients (two gateway instances) share one limit exactly', async () => {
    const prefix = `${runPrefix}shared:`;
    const ca = client();
    const cb = client();
    await Promise.all([ca.ping(), cb.ping()]);
    const a = new RedisLimiterStore({ client: ca, prefix });
    const b = new RedisLimiterStore({ client: cb, prefix });
    const results = await Promise.all(
      Array.from({ length: 500 }, (_, i) => (i % 2 === 0 ? a : b).acquire('rpm', { limit: 100, windowMs: 60_000 })),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(100);
    // Both instances now see the shared window as full.
    expect((await a.acquire('rpm', { limit: 100, windowMs: 60_000 })).allowed).toBe(false);
    expect((await b.acquire('rpm', { limit: 100, windowMs: 60_000 })).allowed).toBe(false);
    // Strictly alternating callers draw from one budget: 10 admitted in total, then both denied.
    const seq: boolean[] = [];
    for (let i = 0; i < 12; i++) seq.push((await (i % 2 === 0 ? a : b).acquire('alt', { limit: 10, windowMs: 60_000 })).allowed);
    expect(seq).toEqual([...Array(10).fill(true), false, false]);
    // A ticket issued by one instance can be corrected by the other.
    const t = await a.acquire('tpm', { limit: 100, windowMs: 60_000, cost: 90 });
    expect((await b.acquire('tpm', { limit: 100, windowMs: 60_000, cost: 90 })).allowed).toBe(false);
    await b.adjust('tpm', t.ticket as string, 10);
    expect((await b.acquire('tpm', { limit: 100, windowMs: 60_000, cost: 90 })).allowed).toBe(true);
    // Slots too: 10 across both instances.
    const slots = await Promise.all(Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? a : b).acquireSlot('conc', 10)));
    expect(slots.filter((s) => s.allowed)).toHaveLength(10);
  });

  it('uses Redis server time, not the client clock', async () => {
    const store = new RedisLimiterStore({ client: client(), prefix: `${runPrefix}time:` });
    await store.acquire('t', { limit: 5, windowMs: 60_000 });
    const [score] = (await admin.zrange(`${runPrefix}time:t:z`, 0, 0, 'WITHSCORES')).slice(1);
    const [sec, usec] = await admin.time();
    const serverNow = Number(sec) * 1000 + Math.floor(Number(usec) / 1000);
    expect(Math.abs(Number(score) - serverNow)).toBeLessThan(1_000);
  });

  it('keys expire on their own after the window', async () => {
    const store = new RedisLimiterStore({ client: client(), prefix: `${runPrefix}ttl:` });
    await store.acquire('k', { limit: 5, windowMs: 60_000, cost: 1 });
    const ttl = await admin.pttl(`${runPrefix}ttl:k:z`);
    expect(ttl).toBeGreaterThan(50_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it('recovers from a flushed script cache (NOSCRIPT)', async () => {
    const store = new RedisLimiterStore({ client: client(), prefix: `${runPrefix}noscript:` });
    await store.acquire('k', { limit: 5, windowMs: 60_000 });
    await admin.script('FLUSH');
    const r = await store.acquire('k', { limit: 5, windowMs: 60_000 });
    expect(r).toMatchObject({ allowed: true, remaining: 3 });
  });

  it('connect() opens and closes its own connection', async () => {
    const store = await RedisLimiterStore.connect(url, { prefix: `${runPrefix}own:` });
    expect((await store.acquire('k', { limit: 1, windowMs: 1_000 })).allowed).toBe(true);
    await store.close();
  });
});
