import { type Clock, type Sleep } from './clock.js';
import { type LimiterStore } from './limiter-store.js';
/** One thing that has limits: an endpoint, a model on an endpoint, a key. */
export interface RateScope {
    /** Unique, stable name, e.g. `endpoint:openai-main`, `model:openai-main/gpt-4o`, `key:sk-abc…wxyz`. */
    name: string;
    /** Requests per minute. */
    rpm?: number;
    /** Tokens per minute (estimate now, corrected by `settle`). */
    tpm?: number;
    /** Requests per day (sliding 24 h). */
    rpd?: number;
    /** Requests in flight at once. */
    concurrent?: number;
}
export type LimitKind = 'rpm' | 'tpm' | 'rpd' | 'concurrent';
export interface RateAcquireRequest {
    scopes: readonly RateScope[];
    /** Prompt tokens + expected completion tokens, charged to every `tpm` scope now. */
    estimatedTokens?: number;
}
/** Everything one admitted request holds; pass it back to settle / release / cancel. */
export interface RateLease {
    readonly estimatedTokens: number;
    /** @internal window tickets and slots held. */
    readonly windows: ReadonlyArray<{
        key: string;
        ticket: string;
        kind: Exclude<LimitKind, 'concurrent'>;
    }>;
    readonly slots: ReadonlyArray<{
        key: string;
        slotId: string;
    }>;
    settled: boolean;
    released: boolean;
}
export type RateDecision = {
    allowed: true;
    lease: RateLease;
} | {
    allowed: false;
    retryAfterMs: number;
    scope: string;
    limit: LimitKind;
};
export interface RateLimiterOptions {
    /** Default: a MemoryLimiterStore. Pass Redis / SQLite stores to share limits. */
    store?: LimiterStore;
    /** Concurrency slot lease for crash recovery, ms. Default 10 min. */
    slotTtlMs?: number;
    clock?: Clock;
    sleep?: Sleep;
}
export interface WaitOptions {
    /** Give up at this epoch ms (per the limiter's clock). */
    deadline: number;
    signal?: AbortSignal;
    /** Poll interval while only concurrency slots are busy, ms. Default 25. */
    pollMs?: number;
}
/**
 * RPM, TPM, RPD and concurrency limits for any set of scopes, admitted all-or-nothing in one
 * store call (one Redis round trip). When limited, the caller chooses the policy: route to
 * another candidate at once (`tryAcquire`), or wait up to a deadline (`waitForCapacity`).
 *
 * Per request: `tryAcquire` → call upstream → `settle(lease, usage.total_tokens)` → `release`.
 * `cancel` instead when the request was never sent.
 */
export declare class RateLimiter {
    readonly store: LimiterStore;
    private readonly slotTtlMs;
    private readonly clock;
    private readonly sleep;
    constructor(options?: RateLimiterOptions);
    tryAcquire(request: RateAcquireRequest): Promise<RateDecision>;
    /**
     * Waits until every scope has room, or the deadline / signal ends the wait. Sleeps exactly as
     * long as the store says a window needs (polling only for busy concurrency slots), and fails
     * fast — without sleeping — when the window cannot open before the deadline.
     * Throws RateLimitError (code `local_rate_limit`) or the signal's AbortedError.
     */
    waitForCapacity(request: RateAcquireRequest, options: WaitOptions): Promise<RateLease>;
    /** Corrects every TPM scope from the estimate to the real token count (once). */
    settle(lease: RateLease, actualTokens: number): Promise<void>;
    /** Frees the lease's concurrency slots (once). Call in `finally`. */
    release(lease: RateLease): Promise<void>;
    /** The request was never sent: give back every window charge and slot. */
    cancel(lease: RateLease): Promise<void>;
    close(): Promise<void>;
}
