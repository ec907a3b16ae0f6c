import type { Clock } from '../clock.js';
/**
 * Deterministic clock for tests. `sleep` advances time instead of waiting, so code that waits for
 * a cooldown or for limiter capacity runs instantly and reproducibly.
 */
export declare class FakeClock implements Clock {
    private t;
    /** Every sleep requested, in order (lets tests assert how long code chose to wait). */
    readonly sleeps: number[];
    constructor(start?: number);
    now(): number;
    advance(ms: number): void;
    set(epochMs: number): void;
    /** A `Sleep` bound to this clock: advances time by `ms` and resolves on the next microtask. */
    readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}
