import { type Clock } from './clock.js';
export interface RetryBudgetOptions {
    /** Retries allowed as a share of requests in the window (0.1 = 10 %). Default 0.1. */
    ratio?: number;
    /** Retries always allowed per second, so low traffic can still retry. Default 5. */
    minPerSecond?: number;
    /** Window over which requests and retries are counted, ms. Default 10 000. */
    windowMs?: number;
    clock?: Clock;
}
/**
 * Caps retries at `ratio × requests + minPerSecond × window` over a sliding window (the Finagle /
 * gRPC retry-throttling idea). During an outage every request fails; without this, N retries
 * per request multiply traffic to the sick provider N-fold exactly when it can least take it.
 */
export declare class RetryBudget {
    private readonly requests;
    private readonly retries;
    private readonly ratio;
    private readonly reserve;
    constructor(options?: RetryBudgetOptions);
    /** Count one original (non-retry) request. */
    recordRequest(): void;
    /** Takes one retry from the budget if available (synchronous check-and-take). */
    tryWithdraw(): boolean;
    /** Retries that may still be spent now. */
    available(): number;
}
