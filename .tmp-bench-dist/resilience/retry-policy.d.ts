import type { ErrorKind } from '../spec/error-kind.js';
import type { RetryBudget } from './retry-budget.js';
export interface RetryPolicyOptions {
    /** Retries of the same target after the first try. Default 2. */
    maxRetries?: number;
    /** Backoff base, ms: attempt n waits random × min(max, base × 2^n). Default 250. */
    baseDelayMs?: number;
    /** Backoff ceiling, ms. Default 8 000. */
    maxDelayMs?: number;
    /**
     * Longest Retry-After honoured, ms. A provider asking for longer means "go elsewhere":
     * the decision is then not to retry. Default 30 000.
     */
    maxRetryAfterMs?: number;
    retryableKinds?: Iterable<ErrorKind>;
    /** Shared budget; omit to disable budgeting. */
    budget?: RetryBudget;
    /** Injectable for deterministic tests. Default Math.random. */
    random?: () => number;
}
export type RetryDecision = {
    retry: true;
    delayMs: number;
} | {
    retry: false;
    reason: 'not_retryable' | 'max_retries' | 'budget_exhausted' | 'retry_after_too_long';
};
/**
 * Exponential backoff with full jitter (AWS architecture blog: spreads synchronized clients best),
 * honouring Retry-After up to a cap, only for retryable kinds, and spending a RetryBudget.
 * Stateless per request: pass how many retries were already made.
 */
export declare class RetryPolicy {
    readonly maxRetries: number;
    private readonly base;
    private readonly max;
    private readonly maxRetryAfter;
    private readonly kinds;
    private readonly budget;
    private readonly random;
    constructor(options?: RetryPolicyOptions);
    /** Full-jitter delay for retry number `retriesDone` (0 for the first retry). */
    backoff(retriesDone: number): number;
    /**
     * Whether to retry after `error`, given `retriesDone` retries so far. Takes a token from the
     * budget when it says yes, so call it once per actual retry.
     */
    decide(error: {
        kind: ErrorKind;
        retryAfterMs?: number;
    }, retriesDone: number): RetryDecision;
}
