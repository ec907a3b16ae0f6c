import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryLimiterStore } from './memory-limiter-store.js';
import { type RateLease, RateLimiter, type RateScope } from './rate-limiter.js';
import { RedisLimiterStore } from './redis-limiter-store.js';
import { FakeClock } from './testing/fake-clock.js';
import { DEFAULT_TEST_REDIS_URL, redisAvailable, uniqueTestPrefix } from './testing/require-redis.js';

function limiter(clock = new FakeClock(0)): { rl: RateLimiter; clock: FakeClock } {
  return { rl: new RateLimiter({ store: new MemoryLimiterStore({ clock }), clock, sleep: clock.sleep }), clock };
}

async function lease(rl: RateLimiter, scopes: RateScope[], estimatedTokens = 0): Promise<RateLease> {
  const d = await rl.tryAcquire({ scopes, estimatedTokens });
  if (!d.allowed) throw new Error(`denied by ${d.scope} ${d.limit}`);
  return d.lease;
}

describe('RateLimiter', () => {
  it('no limits → always allowed with an empty lease', async () => {
    const { rl } = limiter();
    const d = await rl.tryAcquire({ scopes: [{ name: 'endpoint:free' }] });
    expect(d.allowed).toBe(true);
  });

  it('names the scope and limit that denied, with an honest retryAfterMs', async () => {
    const { rl, clock } = limiter();
    const scopes: RateScope[] = [
      { name: 'endpoint:e', rpm: 100 },
      { name: 'key:k1', rpm: 2 },
    ];
    await lease(rl, scopes);
    clock.advance(15_000);
    await lease(rl, scopes);
    const d = await rl.tryAcquire({ scopes });
    expect(d).toEqual({ allowed: false, retryAfterMs: 45_000, scope: 'key:k1', limit: 'rpm' });
  });

  it('is all-or-nothing: a denial in one scope charges no other scope', async () => {
    const { rl } = limiter();
    const endpoint: RateScope = { name: 'endpoint:e', rpm: 3 };
    await lease(rl, [endpoint, { name: 'key:a', rpm: 1 }]);
    for (let i = 0; i < 5; i++) expect((await rl.tryAcquire({ scopes: [endpoint, { name: 'key:a', rpm: 1 }] })).allowed).toBe(false);
    // The endpoint still has exactly 2 left.
    await lease(rl, [endpoint, { name: 'key:b', rpm: 1 }]);
    await lease(rl, [endpoint, { name: 'key:c', rpm: 1 }]);
    expect(await rl.tryAcquire({ scopes: [endpoint, { name: 'key:d', rpm: 1 }] })).toMatchObject({ allowed: false, scope: 'endpoint:e' });
  });

  it('TPM: charges the estimate, settle corrects it to real usage', async () => {
    const { rl } = limiter();
    const model: RateScope = { name: 'model:m', tpm: 10_000 };
    const first = await lease(rl, [model], 8_000);
    expect(await rl.tryAcquire({ scopes: [model], estimatedTokens: 3_000 })).toMatchObject({ allowed: false, limit: 'tpm' });
    await rl.settle(first, 1_500);
    await rl.settle(first, 9_999); // once only
    await lease(rl, [model], 3_000);
    await lease(rl, [model], 5_500); // 1 500 + 3 000 + 5 500 = 10 000: full
    expect(await rl.tryAcquire({ scopes: [model], estimatedTokens: 1 })).toMatchObject({ allowed: false });
  });

  it('concurrency: release frees the slot; 500 concurrent tryAcquire with concurrent 20 → exactly 20', async () => {
    const { rl } = limiter();
    const scope: RateScope = { name: 'endpoint:c', concurrent: 20 };
    const decisions = await Promise.all(Array.from({ length: 500 }, () => rl.tryAcquire({ scopes: [scope] })));
    const held = decisions.filter((d): d is { allowed: true; lease: RateLease } => d.allowed);
    expect(held).toHaveLength(20);
    expect(decisions.find((d) => !d.allowed)).toMatchObject({ scope: 'endpoint:c', limit: 'concurrent', retryAfterMs: 0 });
    await rl.release(held[0].lease);
    await rl.release(held[0].lease); // idempotent: frees one slot only
    expect((await rl.tryAcquire({ scopes: [scope] })).allowed).toBe(true);
    expect((await rl.tryAcquire({ scopes: [scope] })).allowed).toBe(false);
  });

  it('500 concurrent acquires against rpm 100 → exactly 100', async () => {
    const { rl } = limiter();
    const decisions = await Promise.all(Array.from({ length: 500 }, () => rl.tryAcquire({ scopes: [{ name: 'e', rpm: 100 }] })));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(100);
  });

  it('cancel gives back window charges and slots of a request never sent', async () => {
    const { rl } = limiter();
    const scopes: RateScope[] = [{ name: 'e', rpm: 1, tpm: 100, concurrent: 1 }];
    const l = await lease(rl, scopes, 100);
    expect((await rl.tryAcquire({ scopes, estimatedTokens: 1 })).allowed).toBe(false);
    await rl.cancel(l);
    expect((await rl.tryAcquire({ scopes, estimatedTokens: 100 })).allowed).toBe(true);
  });

  it('RPD uses a 24 h window', async () => {
    const { rl, clock } = limiter();
    const scopes: RateScope[] = [{ name: 'key:k', rpd: 2 }];
    await lease(rl, scopes);
    await lease(rl, scopes);
    clock.advance(23 * 3_600_000);
    expect(await rl.tryAcquire({ scopes })).toMatchObject({ allowed: false, limit: 'rpd', retryAfterMs: 3_600_000 });
    clock.advance(3_600_000);
    expect((await rl.tryAcquire({ scopes })).allowed).toBe(true);
  });

  describe('waitForCapacity', () => {
    it('sleeps exactly until the window opens, then admits', async () => {
      const { rl, clock } = limiter();
      const scopes: RateScope[] = [{ name: 'e', rpm: 1 }];
      await lease(rl, scopes);
      clock.advance(20_000);
      const l = await rl.waitForCapacity({ scopes }, { deadline: clock.now() + 60_000 });
      expect(l.windows).toHaveLength(1);
      expect(clock.sleeps).toEqual([40_000]);
    });

    it('fails fast, without sleeping, when the window cannot open before the deadline', async () => {
      const { rl, clock } = limiter();
      const scopes: RateScope[] = [{ name: 'e', rpm: 1 }];
      await lease(rl, scopes);
      await expect(rl.waitForCapacity({ scopes }, { deadline: clock.now() + 5_000 })).rejects.toMatchObject({
        kind: 'rate_limit',
        code: 'local_rate_limit',
        retryAfterMs: 60_000,
      });
      expect(clock.sleeps).toEqual([]);
    });

    it('polls busy concurrency slots until released or the deadline', async () => {
      const { rl, clock } = limiter();
      const scopes: RateScope[] = [{ name: 'e', concurrent: 1 }];
      const held = await lease(rl, scopes);
      const waiting = rl.waitForCapacity({ scopes }, { deadline: clock.now() + 1_000, pollMs: 100 });
      await expect(waiting).rejects.toMatchObject({ kind: 'rate_limit' });
      expect(clock.sleeps).toEqual(Array(10).fill(100));
      await rl.release(held);
      await expect(rl.waitForCapacity({ scopes }, { deadline: clock.now() + 1_000 })).resolves.toBeDefined();
    });

    it('stops at once when the signal aborts', async () => {
      const { rl, clock } = limiter();
      const scopes: RateScope[] = [{ name: 'e', rpm: 1 }];
      await lease(rl, scopes);
      const ac = new AbortController();
      ac.abort(new Error('client went away'));
      await expect(rl.waitForCapacity({ scopes }, { deadline: clock.now() + 120_000, signal: ac.signal })).rejects.toMatchObject({
        kind: 'aborted',
      });
    });
  });
});

const url = process.env.REDIS_URL ?? DEFAULT_TEST_REDIS_URL;
const redisUp = await redisAvailable(url);

describe.skipIf(!redisUp)('RateLimiter over Redis (two instances)', () => {
  const prefix = uniqueTestPrefix('rate-limiter');
  const clients: Redis[] = [];
  afterAll(async () => {
    const admin = new Redis(url);
    const keys = await admin.keys(`${prefix}*`);
    if (keys.length > 0) await admin.del(...keys);
    await admin.quit();
    await Promise.all(clients.map((c) => c.quit()));
  });

  it('shares rpm, tpm and concurrency exactly across two limiter instances', async () => {
    const make = (): RateLimiter => {
      const c = new Redis(url);
      clients.push(c);
      return new RateLimiter({ store: new RedisLimiterStore({ client: c, prefix }) });
    };
    const a = make();
    const b = make();
    const scopes: RateScope[] = [{ name: 'endpoint:shared', rpm: 100, tpm: 1_000_000, concurrent: 60 }];
    const decisions = await Promise.all(Array.from({ length: 400 }, (_, i) => (i % 2 ? a : b).tryAcquire({ scopes, estimatedTokens: 10 })));
    const held = decisions.filter((d): d is { allowed: true; lease: RateLease } => d.allowed);
    expect(held).toHaveLength(60); // concurrency is the tighter limit
    await Promise.all(held.map((d, i) => (i % 2 ? a : b).release(d.lease)));
    const more = await Promise.all(Array.from({ length: 400 }, (_, i) => (i % 2 ? a : b).tryAcquire({ scopes, estimatedTokens: 10 })));
    expect(more.filter((d) => d.allowed)).toHaveLength(40); // rpm 100 − 60 already used
    expect(more.find((d) => !d.allowed)).toMatchObject({ scope: 'endpoint:shared' });
  });
});
