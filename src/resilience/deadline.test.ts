import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LLMError } from '../errors/llm-error.js';
import { AttemptSignal, timeoutError, withDeadline } from './deadline.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const realClock = { now: () => Date.now() };

describe('timeoutError', () => {
  it('builds a typed timeout per stage', () => {
    const e = timeoutError('first_token', 10_000, 'openai');
    expect(e).toBeInstanceOf(LLMError);
    expect(e).toMatchObject({ kind: 'timeout', code: 'timeout_first_token', provider: 'openai', stage: 'first_token', retryable: true });
    expect(e.message).toBe('no first token within 10000 ms');
  });
});

describe('AttemptSignal', () => {
  it('aborts with a typed TimeoutError when the per-attempt timeout fires', () => {
    const a = new AttemptSignal({ timeoutMs: 1_000, clock: realClock });
    vi.advanceTimersByTime(999);
    expect(a.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(a.signal.aborted).toBe(true);
    expect(a.reason).toMatchObject({ kind: 'timeout', stage: 'total' });
    expect(a.pendingTimers).toBe(0);
  });

  it('uses the earlier of timeout and overall deadline', () => {
    const a = new AttemptSignal({ timeoutMs: 10_000, deadline: Date.now() + 300, clock: realClock });
    vi.advanceTimersByTime(300);
    expect(a.reason?.kind).toBe('timeout');
    const late = new AttemptSignal({ deadline: Date.now() - 1, clock: realClock });
    expect(late.aborted).toBe(true);
  });

  it('a caller abort becomes an AbortedError keeping the caller reason as cause', () => {
    const parent = new AbortController();
    const a = new AttemptSignal({ signal: parent.signal, timeoutMs: 5_000, clock: realClock });
    const why = new Error('client disconnected');
    parent.abort(why);
    expect(a.reason).toMatchObject({ kind: 'aborted' });
    expect((a.reason as LLMError).cause).toBe(why);
    expect(a.pendingTimers).toBe(0);
    const pre = new AttemptSignal({ signal: parent.signal });
    expect(pre.reason?.kind).toBe('aborted');
  });

  it('stage timers: first_token, then idle re-armed per chunk', () => {
    const a = new AttemptSignal({ clock: realClock });
    a.arm('first_token', 2_000);
    vi.advanceTimersByTime(1_500);
    a.disarm('first_token');
    a.arm('idle', 1_000);
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(900);
      a.arm('idle', 1_000); // a chunk arrived
    }
    expect(a.aborted).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(a.reason).toMatchObject({ kind: 'timeout', code: 'timeout_idle', stage: 'idle' });
  });

  it('dispose clears every timer and the parent listener: nothing fires later', () => {
    const parent = new AbortController();
    const a = new AttemptSignal({ signal: parent.signal, timeoutMs: 1_000, clock: realClock });
    a.arm('first_token', 500);
    expect(vi.getTimerCount()).toBe(2);
    a.dispose();
    expect(vi.getTimerCount()).toBe(0);
    expect(a.pendingTimers).toBe(0);
    parent.abort();
    vi.advanceTimersByTime(10_000);
    expect(a.aborted).toBe(false);
    a.arm('idle', 10); // ignored after dispose
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('withDeadline', () => {
  it('frees the caller at the timeout even if the work ignores the signal, and signals the work', async () => {
    let seen: AbortSignal | undefined;
    const p = withDeadline(
      (signal) => {
        seen = signal;
        return new Promise<string>(() => {}); // never settles, ignores the signal
      },
      { timeoutMs: 1_000, clock: realClock },
    );
    const assertion = expect(p).rejects.toMatchObject({ kind: 'timeout' });
    await vi.advanceTimersByTimeAsync(1_000);
    await assertion;
    expect(seen?.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('returns the value and leaves no timer behind', async () => {
    const v = await withDeadline(async () => 42, { timeoutMs: 60_000, clock: realClock });
    expect(v).toBe(42);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('propagates the work error', async () => {
    await expect(withDeadline(async () => Promise.reject(new Error('boom')), { timeoutMs: 1_000 })).rejects.toThrow('boom');
    expect(vi.getTimerCount()).toBe(0);
  });
});
