import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { KeyLease } from './key-lease.js';
import { KeyPool, type KeyStateChange } from './key-pool.js';
import { FakeClock } from './testing/fake-clock.js';

const K = (n: number) => `sk-test-${String(n).padStart(2, '0')}-abcdefghijklmnopqrstuvwxyz${n}`;

function take(pool: KeyPool, n: number): string[] {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const l = pool.acquire();
    ids.push(l ? l.keyId : '-');
  }
  return ids;
}

describe('KeyPool selection', () => {
  it('round_robin cycles and skips unusable keys', () => {
    const pool = new KeyPool(
      [
        { id: 'a', key: K(1) },
        { id: 'b', key: K(2) },
        { id: 'c', key: K(3) },
      ],
      { clock: new FakeClock() },
    );
    expect(take(pool, 4)).toEqual(['a', 'b', 'c', 'a']);
    pool.cooldown('b', 10_000);
    expect(take(pool, 4)).toEqual(['c', 'a', 'c', 'a']);
  });

  it('weighted follows the weights exactly (smooth WRR)', () => {
    const pool = new KeyPool(
      [
        { id: 'a', key: K(1), weight: 5 },
        { id: 'b', key: K(2), weight: 1 },
        { id: 'c', key: K(3), weight: 1 },
      ],
      { selection: 'weighted', clock: new FakeClock() },
    );
    const ids = take(pool, 70);
    expect(ids.filter((x) => x === 'a')).toHaveLength(50);
    expect(ids.filter((x) => x === 'b')).toHaveLength(10);
    expect(ids.slice(0, 7).join('')).toBe('aabacaa'); // interleaved, not aaaaabc
  });

  it('random uses the injected random source among usable keys', () => {
    const seq = [0.0, 0.99, 0.5];
    let i = 0;
    const pool = new KeyPool(
      [
        { id: 'a', key: K(1) },
        { id: 'b', key: K(2) },
        { id: 'c', key: K(3) },
      ],
      {
        selection: 'random',
        random: () => seq[i++ % seq.length],
        clock: new FakeClock(),
      },
    );
    expect(take(pool, 3)).toEqual(['a', 'c', 'b']);
    pool.disable('a', 'auth');
    expect(take(pool, 1)).toEqual(['b']); // 0.0 over [b, c]
  });

  it('least_recently_limited prefers keys limited longest ago (never limited first)', () => {
    const clock = new FakeClock();
    const pool = new KeyPool(
      [
        { id: 'a', key: K(1) },
        { id: 'b', key: K(2) },
        { id: 'c', key: K(3) },
      ],
      {
        selection: 'least_recently_limited',
        minCooldownMs: 1,
        clock,
      },
    );
    pool.cooldown('a', 1);
    clock.advance(10);
    pool.cooldown('b', 1);
    clock.advance(10);
    expect(take(pool, 1)).toEqual(['c']);
    pool.cooldown('c', 1);
    clock.advance(10);
    expect(take(pool, 3)).toEqual(['a', 'a', 'a']);
  });
});

describe('KeyPool cooldown, disable and budgets', () => {
  it('cools a key down for Retry-After, clamped to [min, max], default when absent', () => {
    const clock = new FakeClock();
    const pool = new KeyPool([{ id: 'a', key: K(1) }], { clock, defaultCooldownMs: 30_000, minCooldownMs: 1_000, maxCooldownMs: 60_000 });
    pool.report('a', { ok: false, kind: 'rate_limit', retryAfterMs: 5_000 });
    expect(pool.acquire()).toBeUndefined();
    expect(pool.snapshot().keys[0]).toMatchObject({
      state: 'cooling_down',
      cooling_until: clock.now() + 5_000,
      cooldown_remaining_ms: 5_000,
    });
    clock.advance(5_000);
    expect(pool.acquire()?.keyId).toBe('a');
    pool.report('a', { ok: false, kind: 'rate_limit' });
    expect(pool.availability().nextAvailableAt).toBe(clock.now() + 30_000);
    clock.advance(30_000);
    pool.report('a', { ok: false, kind: 'rate_limit', retryAfterMs: 3_600_000 });
    expect(pool.availability().nextAvailableAt).toBe(clock.now() + 60_000);
    clock.advance(60_000);
    pool.report('a', { ok: false, kind: 'rate_limit', retryAfterMs: 0 });
    expect(pool.availability().nextAvailableAt).toBe(clock.now() + 1_000);
  });

  it('disables on auth / quota with a masked reason; enable restores it', () => {
    const clock = new FakeClock();
    const secret = K(1);
    const pool = new KeyPool(
      [
        { id: 'a', key: secret },
        { id: 'b', key: K(2) },
      ],
      { clock },
    );
    const changes: KeyStateChange[] = [];
    pool.onChange((c) => changes.push(c));
    pool.report('a', { ok: false, kind: 'auth', message: `Incorrect API key provided: ${secret}` });
    pool.report('b', { ok: false, kind: 'quota_exhausted', message: 'insufficient_quota' });
    const snap = pool.snapshot();
    expect(snap.keys.map((k) => k.state)).toEqual(['disabled', 'disabled']);
    expect(snap.keys[0].disabled_reason).toMatch(/^auth: Incorrect API key provided: /);
    expect(JSON.stringify(snap)).not.toContain(secret);
    expect(pool.acquire()).toBeUndefined();
    expect(pool.availability()).toMatchObject({ disabled: 2, nextAvailableAt: undefined, disabledKinds: ['auth', 'quota_exhausted'] });
    pool.enable('a');
    expect(pool.acquire()?.keyId).toBe('a');
    expect(changes.map((c) => `${c.keyId}:${c.state}`)).toEqual(['a:disabled', 'b:disabled', 'a:active']);
  });

  it('other error kinds leave the key alone', () => {
    const pool = new KeyPool([{ id: 'a', key: K(1) }], { clock: new FakeClock() });
    pool.report('a', { ok: false, kind: 'server' });
    pool.report('a', { ok: false, kind: 'invalid_request' });
    expect(pool.acquire()?.keyId).toBe('a');
    expect(pool.snapshot().keys[0].total_failures).toBe(2);
  });

  it('reEnableAfterMs brings disabled keys back for a probe', () => {
    const clock = new FakeClock();
    const pool = new KeyPool([{ id: 'a', key: K(1) }], { clock, reEnableAfterMs: 3_600_000 });
    pool.report('a', { ok: false, kind: 'quota_exhausted' });
    expect(pool.availability().nextAvailableAt).toBe(clock.now() + 3_600_000);
    clock.advance(3_600_000);
    const lease = pool.acquire();
    expect(lease?.keyId).toBe('a');
    lease?.report({ ok: true });
    expect(pool.snapshot().keys[0]).toMatchObject({ state: 'active', disabled_reason: null });
  });

  it('enforces per-key RPM exactly and reports when it frees up', () => {
    const clock = new FakeClock(0);
    const pool = new KeyPool(
      [
        { id: 'a', key: K(1), rpm: 3 },
        { id: 'b', key: K(2), rpm: 2 },
      ],
      { clock },
    );
    expect(take(pool, 6)).toEqual(['a', 'b', 'a', 'b', 'a', '-']);
    const a = pool.availability();
    expect(a).toMatchObject({ available: 0, overBudget: 2 });
    expect(a.nextAvailableAt).toBe(61_000);
    clock.set(61_000);
    // The round-robin cursor continues where it stopped (after 'a').
    expect(take(pool, 6)).toEqual(['b', 'a', 'b', 'a', 'a', '-']);
  });

  it('enforces TPM with estimates and corrects with real usage', () => {
    const clock = new FakeClock(0);
    const pool = new KeyPool([{ id: 'a', key: K(1), tpm: 1_000 }], { clock });
    const l1 = pool.acquire({ estimatedTokens: 600 }) as KeyLease;
    expect(pool.acquire({ estimatedTokens: 600 })).toBeUndefined();
    l1.settle(100); // real usage was far lower
    const l2 = pool.acquire({ estimatedTokens: 600 });
    expect(l2).toBeDefined();
    expect(pool.snapshot().keys[0].usage.tokens_last_minute).toBe(700);
    // A request bigger than the whole budget waits for an empty window, never forever.
    expect(pool.acquire({ estimatedTokens: 5_000 })).toBeUndefined();
    clock.set(61_000);
    expect(pool.acquire({ estimatedTokens: 5_000 })).toBeDefined();
  });

  it('cancel gives back the budget of a lease that was never used', () => {
    const clock = new FakeClock(0);
    const pool = new KeyPool([{ id: 'a', key: K(1), rpm: 1, tpm: 100, rpd: 1 }], { clock });
    const l = pool.acquire({ estimatedTokens: 100 }) as KeyLease;
    expect(pool.acquire()).toBeUndefined();
    l.cancel();
    l.cancel(); // idempotent
    l.report({ ok: false, kind: 'rate_limit' }); // ignored after cancel
    expect(pool.snapshot().keys[0]).toMatchObject({
      state: 'active',
      total_requests: 0,
      usage: { requests_last_minute: 0, tokens_last_minute: 0, requests_last_day: 0 },
    });
    const again = pool.acquire({ estimatedTokens: 100 }) as KeyLease;
    expect(again.keyId).toBe('a');
    again.report({ ok: true, tokens: 40 });
    again.cancel(); // too late: the request happened
    expect(pool.snapshot().keys[0].usage).toEqual({ requests_last_minute: 1, tokens_last_minute: 40, requests_last_day: 1 });
  });

  it('enforces requests per day', () => {
    const clock = new FakeClock(0);
    const pool = new KeyPool([{ id: 'a', key: K(1), rpd: 2 }], { clock });
    expect(take(pool, 3)).toEqual(['a', 'a', '-']);
    clock.set(12 * 3_600_000);
    expect(take(pool, 1)).toEqual(['-']);
    clock.set(25 * 3_600_000);
    expect(take(pool, 1)).toEqual(['a']);
  });
});

describe('KeyPool secrecy and identity', () => {
  it('ids string keys by their mask; never exposes the key in snapshot, toString, JSON or inspect', () => {
    const secrets = [K(1), K(2), 'tiny-key'];
    const pool = new KeyPool(secrets, { clock: new FakeClock() });
    expect(pool.ids).toEqual(['sk-tes…xyz1', 'sk-tes…xyz2', 'key-3']);
    const lease = pool.acquire() as KeyLease;
    expect(lease.key).toBe(K(1));
    const outputs = [
      JSON.stringify(pool.snapshot()),
      String(pool),
      JSON.stringify(pool),
      JSON.stringify(lease),
      String(lease),
      inspect(lease),
      inspect(pool.snapshot(), { depth: 5 }),
      Object.keys(lease).join(),
    ];
    for (const out of outputs) for (const s of secrets) expect(out).not.toContain(s);
  });

  it('deduplicates repeated keys and disambiguates colliding masks', () => {
    const pool = new KeyPool([K(1), K(1), { id: 'x', key: K(2) }, { id: 'x', key: K(3) }], { clock: new FakeClock() });
    expect(pool.ids).toEqual(['sk-tes…xyz1', 'x', 'x#2']);
  });

  it('honours enabled: false from settings', () => {
    const pool = new KeyPool([{ id: 'a', key: K(1), enabled: false }], { clock: new FakeClock(), reEnableAfterMs: 1 });
    expect(pool.acquire()).toBeUndefined();
    expect(pool.snapshot().keys[0]).toMatchObject({ state: 'disabled', disabled_reason: 'disabled in settings' });
  });
});
