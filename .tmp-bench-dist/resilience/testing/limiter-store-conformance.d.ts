import type { describe as Describe, expect as Expect, it as It } from 'vitest';
import type { LimiterStore } from '../limiter-store.js';
export interface ConformanceHarness {
    describe: typeof Describe;
    it: typeof It;
    expect: typeof Expect;
}
export interface ConformanceTarget {
    name: string;
    /** A fresh store over fresh keys for each test (use a unique key prefix). */
    makeStore(): Promise<LimiterStore> | LimiterStore;
    /** Moves the store's notion of time forward (fake clock, or a real wait for Redis). */
    advance(ms: number): Promise<void>;
    /** Window used by time-dependent scenarios (short for real-time stores). */
    windowMs: number;
}
/**
 * The semantics every LimiterStore must share, run against memory, Redis and SQLite alike.
 * vitest is injected (type-only import) so this file adds nothing to the runtime build.
 */
export declare function limiterStoreConformance(t: ConformanceHarness, target: ConformanceTarget): void;
