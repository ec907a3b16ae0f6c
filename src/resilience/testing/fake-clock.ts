import type { Clock } from '../clock.js';

/**
 * Deterministic clock for tests. `sleep` advances time instead of waiting, so code that waits for
 * a cooldown or for limiter capacity runs instantly and reproducibly.
 */
export class FakeClock implements Clock {
  private t: number;
  /** Every sleep requested, in order (lets tests assert how long code chose to wait). */
  readonly sleeps: number[] = [];

  constructor(start = 1_700_000_000_000) {
    this.t = start;
  }

  now(): number {
    return this.t;
  }

  advance(ms: number): void {
    this.t += ms;
  }

  set(epochMs: number): void {
    this.t = epochMs;
  }

  /** A `Sleep` bound to this clock: advances time by `ms` and resolves on the next microtask. */
  readonly sleep = async (ms: number, signal?: AbortSignal): Promise<void> => {
    if (signal?.aborted) throw signal.reason;
    this.sleeps.push(ms);
    this.t += Math.max(0, ms);
    await Promise.resolve();
    if (signal?.aborted) throw signal.reason;
  };
}
