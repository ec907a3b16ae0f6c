import { describe, expect, it } from 'vitest';
import type { AccessToken } from './access-token.js';
import { CachedAccessToken } from './cached-access-token.js';

const HOUR = 3_600_000;

function setup(options: { fail?: () => boolean; gate?: Promise<void> } = {}) {
  let now = 1_000_000;
  let calls = 0;
  const fetchToken = async (signal: AbortSignal): Promise<AccessToken> => {
    calls++;
    const n = calls;
    if (options.gate) await options.gate;
    if (signal.aborted) throw signal.reason;
    if (options.fail?.()) throw new Error(`fetch ${n} failed`);
    return { token: `tok-${n}`, expiresAt: now + HOUR };
  };
  const cache = new CachedAccessToken(fetchToken, { now: () => now, provider: 'test' });
  return {
    cache,
    calls: () => calls,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('CachedAccessToken', () => {
  it('serves 100 concurrent callers with one token request', async () => {
    let open!: () => void;
    const gate = new Promise<void>((r) => {
      open = r;
    });
    const t = setup({ gate });
    const all = Promise.all(Array.from({ length: 100 }, () => t.cache.getAccessToken()));
    open();
    expect(new Set(await all)).toEqual(new Set(['tok-1']));
    expect(t.calls()).toBe(1);
  });

  it('reuses the token until 5 minutes before expiry, then refreshes once', async () => {
    const t = setup();
    expect(await t.cache.getAccessToken()).toBe('tok-1');
    t.advance(HOUR - 5 * 60_000 - 1);
    expect(await t.cache.getAccessToken()).toBe('tok-1');
    expect(t.calls()).toBe(1);
    t.advance(1);
    const [a, b] = await Promise.all([t.cache.getAccessToken(), t.cache.getAccessToken()]);
    expect([a, b]).toEqual(['tok-2', 'tok-2']);
    expect(t.calls()).toBe(2);
  });

  it('keeps using a still-valid token when an early refresh fails, and throws once it has expired', async () => {
    let failing = false;
    const t = setup({ fail: () => failing });
    await t.cache.getAccessToken();
    failing = true;
    t.advance(HOUR - 60_000);
    expect(await t.cache.getAccessToken()).toBe('tok-1');
    t.advance(60_000);
    await expect(t.cache.getAccessToken()).rejects.toThrow(/failed/);
    failing = false;
    expect(await t.cache.getAccessToken()).toMatch(/^tok-/);
  });

  it("lets one caller abort without cancelling the others' shared fetch", async () => {
    let open!: () => void;
    const gate = new Promise<void>((r) => {
      open = r;
    });
    const t = setup({ gate });
    const ac = new AbortController();
    const aborted = t.cache.getAccessToken(ac.signal);
    const waiting = t.cache.getAccessToken();
    ac.abort(new Error('caller left'));
    await expect(aborted).rejects.toThrow('caller left');
    open();
    expect(await waiting).toBe('tok-1');
    expect(t.calls()).toBe(1);
  });

  it('bounds a hanging token request with its own timeout', async () => {
    const cache = new CachedAccessToken(
      (signal) =>
        new Promise<AccessToken>((_resolve, reject) => {
          signal.addEventListener('abort', () => reject(signal.reason));
        }),
      { fetchTimeoutMs: 20, provider: 'vertex' },
    );
    await expect(cache.getAccessToken()).rejects.toMatchObject({ kind: 'timeout', code: 'token_timeout' });
  });

  it('invalidate() forces a new token', async () => {
    const t = setup();
    await t.cache.getAccessToken();
    t.cache.invalidate();
    expect(await t.cache.getAccessToken()).toBe('tok-2');
  });
});
