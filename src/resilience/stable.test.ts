import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { LLMError, RateLimitError } from '../errors/llm-error.js';
import { AllKeysFailedError } from './all-keys-failed-error.js';
import { KeyManager } from './key-manager.js';
import { stable } from './stable.js';
import { FakeClock } from './testing/fake-clock.js';

const K = (n: number) => `sk-stable-${n}-abcdefghijklmnopqrstuvwxyz0123456789-${n}`;

/** An error like the official SDKs throw on 429. */
function sdk429(retryAfterSeconds?: number): Error {
  const headers = new Headers(retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) });
  return OpenAI.APIError.generate(429, { error: { message: 'Rate limit reached', code: 'rate_limit_exceeded' } }, undefined, headers);
}

afterEach(() => KeyManager.clearCurrent());

describe('KeyManager', () => {
  it('registers the most recently created manager unless told not to', () => {
    const a = new KeyManager([K(1)]);
    expect(KeyManager.current()).toBe(a);
    const b = new KeyManager([K(2)]);
    expect(KeyManager.current()).toBe(b);
    new KeyManager([K(3)], { register: false });
    expect(KeyManager.current()).toBe(b);
  });

  it('accepts ApiKeyConfig-like entries and never prints keys', () => {
    const m = new KeyManager([{ id: 'primary', key: K(1), weight: 2, rpm: 10, enabled: true }, K(2)]);
    expect(m.size).toBe(2);
    expect(String(m)).not.toContain(K(1));
    expect(JSON.stringify(m)).not.toContain(K(2));
    expect(m.snapshot().keys[0]).toMatchObject({ id: 'primary', weight: 2, limits: { rpm: 10 } });
  });
});

describe('stable()', () => {
  it('passes the chosen key as the first argument and the call arguments after it', async () => {
    new KeyManager([K(1)]);
    const ask = stable(async (apiKey: string, prompt: string, n: number) => `${apiKey}:${prompt}:${n}`);
    await expect(ask('hi', 2)).resolves.toBe(`${K(1)}:hi:2`);
  });

  it('uses the manager current at call time when none is given', async () => {
    const ask = stable((apiKey: string) => apiKey);
    new KeyManager([K(7)]);
    await expect(ask()).resolves.toBe(K(7));
  });

  it('on an SDK 429 cools that key down for Retry-After and retries with another key at once', async () => {
    const clock = new FakeClock();
    const m = new KeyManager(
      [
        { id: 'a', key: K(1) },
        { id: 'b', key: K(2) },
      ],
      { clock },
    );
    const calls: string[] = [];
    const ask = stable(
      async (apiKey: string) => {
        calls.push(apiKey);
        if (apiKey === K(1)) throw sdk429(20);
        return 'ok';
      },
      { sleep: clock.sleep },
    );
    await expect(ask()).resolves.toBe('ok');
    expect(calls).toEqual([K(1), K(2)]);
    expect(clock.sleeps).toEqual([]); // never slept
    expect(m.snapshot().keys[0]).toMatchObject({ id: 'a', state: 'cooling_down', cooldown_remaining_ms: 20_000 });
    // Until it cools down, key a is skipped.
    calls.length = 0;
    await ask();
    await ask();
    expect(calls).toEqual([K(2), K(2)]);
  });

  it('treats our typed RateLimitError like an SDK 429', async () => {
    const clock = new FakeClock();
    const m = new KeyManager(
      [
        { id: 'a', key: K(1) },
        { id: 'b', key: K(2) },
      ],
      { clock },
    );
    const ask = stable(async (apiKey: string) => {
      if (apiKey === K(1)) throw new RateLimitError({ message: 'limited', retryAfterMs: 4_000 });
      return apiKey;
    });
    await expect(ask()).resolves.toBe(K(2));
    expect(m.snapshot().keys[0].cooldown_remaining_ms).toBe(4_000);
  });

  it('disables keys on auth / insufficient_quota and moves on', async () => {
    const m = new KeyManager(
      [
        { id: 'a', key: K(1) },
        { id: 'b', key: K(2) },
        { id: 'c', key: K(3) },
      ],
      { clock: new FakeClock() },
    );
    const ask = stable(async (apiKey: string) => {
      if (apiKey === K(1))
        throw OpenAI.APIError.generate(401, { error: { message: `Incorrect API key provided: ${K(1)}` } }, undefined, new Headers());
      if (apiKey === K(2))
        throw OpenAI.APIError.generate(429, { error: { message: 'quota', code: 'insufficient_quota' } }, undefined, new Headers());
      return 'c answered';
    });
    await expect(ask()).resolves.toBe('c answered');
    const keys = m.snapshot().keys;
    expect(keys.map((k) => k.state)).toEqual(['disabled', 'disabled', 'active']);
    expect(keys[0].disabled_reason).toMatch(/^auth/);
    expect(keys[0].disabled_reason).not.toContain(K(1));
    expect(keys[1].disabled_reason).toMatch(/^quota_exhausted/);
  });

  it('rethrows any other error at once, untouched, without trying other keys', async () => {
    new KeyManager([K(1), K(2)]);
    const boom = OpenAI.APIError.generate(400, { error: { message: 'bad param' } }, undefined, new Headers());
    let calls = 0;
    const ask = stable(async () => {
      calls++;
      throw boom;
    });
    await expect(ask()).rejects.toBe(boom);
    expect(calls).toBe(1);
  });

  it('when every key is limited throws ONE typed error listing every attempt, masked', async () => {
    const clock = new FakeClock();
    new KeyManager([K(1), K(2), K(3)], { clock });
    const ask = stable(async (apiKey: string) => {
      throw Object.assign(new Error(`429 for ${apiKey}`), { status: 429, headers: { 'retry-after': '5' } });
    });
    const err = await ask().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AllKeysFailedError);
    expect(err).toBeInstanceOf(LLMError);
    const e = err as AllKeysFailedError;
    expect(e.kind).toBe('rate_limit');
    expect(e.status).toBe(429);
    expect(e.retryAfterMs).toBe(5_000);
    expect(e.attempts).toHaveLength(3);
    expect(e.attempts.map((a) => a.kind)).toEqual(['rate_limit', 'rate_limit', 'rate_limit']);
    const text = `${e.message} ${JSON.stringify(e)} ${String(e)}`;
    for (const k of [K(1), K(2), K(3)]) expect(text).not.toContain(k);
    // While all keys cool down, the next call fails fast without calling fn.
    const again = await ask().catch((x: unknown) => x);
    expect(again).toBeInstanceOf(AllKeysFailedError);
    expect((again as AllKeysFailedError).attempts).toHaveLength(0);
    expect((again as AllKeysFailedError).kind).toBe('rate_limit');
  });

  it('all keys dead → kind auth / quota_exhausted (not worth waiting)', async () => {
    new KeyManager([K(1), K(2)], { clock: new FakeClock() });
    const ask = stable(async () => {
      throw Object.assign(new Error('bad key'), { status: 401 });
    });
    const e = (await ask().catch((x: unknown) => x)) as AllKeysFailedError;
    expect(e.kind).toBe('auth');
    expect(e.retryAfterMs).toBeUndefined();
    expect(e.attempts.map((a) => a.status)).toEqual([401, 401]);
  });

  it('waitForCooldown waits for the first key to come back, within maxWaitMs', async () => {
    const clock = new FakeClock();
    new KeyManager([{ id: 'a', key: K(1) }], { clock });
    let n = 0;
    const ask = stable(
      async () => {
        if (n++ === 0) throw sdk429(3);
        return 'second try';
      },
      { waitForCooldown: { maxWaitMs: 10_000 }, sleep: clock.sleep },
    );
    await expect(ask()).resolves.toBe('second try');
    expect(clock.sleeps).toEqual([3_000]);

    const tooLong = stable(
      async () => {
        throw sdk429(60);
      },
      { waitForCooldown: { maxWaitMs: 10_000 }, sleep: clock.sleep },
    );
    await expect(tooLong()).rejects.toBeInstanceOf(AllKeysFailedError);
    expect(clock.sleeps).toEqual([3_000]);
  });

  it('an aborted signal stops waiting with an AbortedError', async () => {
    const clock = new FakeClock();
    new KeyManager([K(1)], { clock });
    const ac = new AbortController();
    ac.abort();
    const ask = stable(async () => 'x', { signal: ac.signal });
    await expect(ask()).rejects.toMatchObject({ kind: 'aborted' });
  });

  it('maxAttempts caps calls per invocation', async () => {
    new KeyManager([K(1), K(2), K(3)], { clock: new FakeClock() });
    let calls = 0;
    const ask = stable(
      async () => {
        calls++;
        throw sdk429();
      },
      { maxAttempts: 2 },
    );
    await expect(ask()).rejects.toBeInstanceOf(AllKeysFailedError);
    expect(calls).toBe(2);
  });

  it('2,000 concurrent calls: budgets hold exactly, every call settles, no nulls', async () => {
    const clock = new FakeClock();
    const keys = Array.from({ length: 5 }, (_, i) => ({ id: `k${i}`, key: K(i), rpm: 100 }));
    const m = new KeyManager(keys, { clock });
    const perKey = new Map<string, number>();
    const ask = stable(async (apiKey: string, i: number) => {
      perKey.set(apiKey, (perKey.get(apiKey) ?? 0) + 1);
      await new Promise((r) => setImmediate(r)); // interleave with other calls
      return i;
    });
    const results = await Promise.allSettled(Array.from({ length: 2_000 }, (_, i) => ask(i)));
    const ok = results.filter((r) => r.status === 'fulfilled');
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(ok).toHaveLength(500);
    expect(ok.every((r) => r.status === 'fulfilled' && typeof r.value === 'number')).toBe(true);
    expect(failed).toHaveLength(1_500);
    expect(failed.every((r) => r.reason instanceof AllKeysFailedError && r.reason.kind === 'rate_limit')).toBe(true);
    expect([...perKey.values()]).toEqual([100, 100, 100, 100, 100]);
    expect(m.snapshot().keys.every((k) => k.usage.requests_last_minute === 100)).toBe(true);
  });

  it('2,000 concurrent calls with one key rate-limited: all answered by the others', async () => {
    const clock = new FakeClock();
    const m = new KeyManager(
      Array.from({ length: 4 }, (_, i) => ({ id: `k${i}`, key: K(i) })),
      { clock },
    );
    let limitedCalls = 0;
    const ask = stable(async (apiKey: string) => {
      await Promise.resolve();
      if (apiKey === K(0)) {
        limitedCalls++;
        throw sdk429(30);
      }
      return apiKey;
    });
    const results = await Promise.all(Array.from({ length: 2_000 }, () => ask()));
    expect(results).toHaveLength(2_000);
    expect(results.every((r) => r !== K(0) && typeof r === 'string')).toBe(true);
    // Calls that took key 0 before its first 429 came back each retried elsewhere; afterwards none.
    expect(limitedCalls).toBe(500);
    expect(m.snapshot().keys[0].state).toBe('cooling_down');
    limitedCalls = 0;
    await Promise.all(Array.from({ length: 100 }, () => ask()));
    expect(limitedCalls).toBe(0);
  });
});
