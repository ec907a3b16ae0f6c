import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLLMError } from '../errors/llm-error.js';
import { HedgeError, type HedgeStarter, hedge } from './hedge.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A controllable attempt: resolve/reject by hand, records whether it was aborted. */
function controllable<T>() {
  const log: { started: number[]; aborted: number[] } = { started: [], aborted: [] };
  const handles: { resolve(v: T): void; reject(e: unknown): void; first(): void }[] = [];
  const starter = (): HedgeStarter<T> => (signal, index) => {
    log.started.push(index);
    signal.addEventListener('abort', () => log.aborted.push(index));
    let resolve!: (v: T) => void;
    let reject!: (e: unknown) => void;
    let first!: () => void;
    const result = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const firstSignal = new Promise<void>((res) => {
      first = res;
    });
    handles[index] = { resolve, reject, first };
    return { result, firstSignal };
  };
  return { log, handles, starter };
}

describe('hedge', () => {
  it('does not hedge when the first attempt answers in time', async () => {
    const c = controllable<string>();
    const p = hedge([c.starter(), c.starter()], { delayMs: 1_000 });
    await vi.advanceTimersByTimeAsync(500);
    c.handles[0].resolve('fast');
    await expect(p).resolves.toEqual({ value: 'fast', index: 0, started: 1 });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(c.log.started).toEqual([0]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('starts the next candidate after the delay; first success wins and the loser is aborted', async () => {
    const c = controllable<string>();
    const starts: string[] = [];
    const p = hedge([c.starter(), c.starter(), c.starter()], { delayMs: 1_000, onStart: (i, why) => starts.push(`${i}:${why}`) });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(c.log.started).toEqual([0, 1]);
    c.handles[1].resolve('hedge won');
    await expect(p).resolves.toEqual({ value: 'hedge won', index: 1, started: 2 });
    expect(c.log.aborted).toEqual([0]);
    expect(starts).toEqual(['0:first', '1:hedge']);
  });

  it('a first signal (first token) stops further hedging for that attempt', async () => {
    const c = controllable<string>();
    const p = hedge([c.starter(), c.starter()], { delayMs: 1_000 });
    await vi.advanceTimersByTimeAsync(400);
    c.handles[0].first();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(c.log.started).toEqual([0]);
    c.handles[0].resolve('streamed');
    await expect(p).resolves.toMatchObject({ index: 0 });
  });

  it('a failure starts the next candidate at once (failover), without waiting for the delay', async () => {
    const c = controllable<string>();
    const p = hedge([c.starter(), c.starter()], { delayMs: 60_000 });
    c.handles[0].reject(createLLMError({ kind: 'rate_limit', message: '429' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(c.log.started).toEqual([0, 1]);
    c.handles[1].resolve('second');
    await expect(p).resolves.toMatchObject({ value: 'second', index: 1 });
  });

  it('a loser failing does not cost the race while another attempt is still running', async () => {
    const c = controllable<string>();
    const p = hedge([c.starter(), c.starter(), c.starter()], { delayMs: 1_000 });
    await vi.advanceTimersByTimeAsync(1_000); // 0 and 1 running, 1 watched
    c.handles[0].reject(new Error('slow one died'));
    await vi.advanceTimersByTimeAsync(0);
    expect(c.log.started).toEqual([0, 1]);
    c.handles[1].resolve('ok');
    await expect(p).resolves.toMatchObject({ index: 1 });
  });

  it('uses delayFn per candidate (e.g. observed p95)', async () => {
    const c = controllable<string>();
    hedge([c.starter(), c.starter(), c.starter()], { delayFn: (i) => (i === 0 ? 100 : 5_000) }).catch(() => {});
    await vi.advanceTimersByTimeAsync(100);
    expect(c.log.started).toEqual([0, 1]);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(c.log.started).toEqual([0, 1]);
    await vi.advanceTimersByTimeAsync(1);
    expect(c.log.started).toEqual([0, 1, 2]);
  });

  it('all fail → one HedgeError carrying every error', async () => {
    const errs = [createLLMError({ kind: 'overloaded', message: 'a' }), createLLMError({ kind: 'timeout', message: 'b' })];
    const p = hedge<string>(
      [
        async () => Promise.reject(errs[0]),
        () => {
          throw errs[1];
        },
      ],
      { delayMs: 1_000 },
    );
    const e = await p.catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HedgeError);
    expect((e as HedgeError).errors).toEqual(errs);
    expect((e as HedgeError).kind).toBe('timeout');
  });

  it('the caller signal aborts every attempt and rejects with AbortedError', async () => {
    const c = controllable<string>();
    const ac = new AbortController();
    const p = hedge([c.starter(), c.starter()], { delayMs: 100, signal: ac.signal });
    await vi.advanceTimersByTimeAsync(100);
    ac.abort();
    await expect(p).rejects.toMatchObject({ kind: 'aborted' });
    expect(c.log.aborted.sort()).toEqual([0, 1]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('plain promise starters work too', async () => {
    const r = await hedge([async () => 1]);
    expect(r).toEqual({ value: 1, index: 0, started: 1 });
  });
});
