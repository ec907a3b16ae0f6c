import { RETRYABLE_KINDS } from '../spec/error-kind.js';
/**
 * Exponential backoff with full jitter (AWS architecture blog: spreads synchronized clients best),
 * honouring Retry-After up to a cap, only for retryable kinds, and spending a RetryBudget.
 * Stateless per request: pass how many retries were already made.
 */
export class RetryPolicy {
    maxRetries;
    base;
    max;
    maxRetryAfter;
    kinds;
    budget;
    random;
    constructor(options = {}) {
        this.maxRetries = options.maxRetries ?? 2;
        this.base = options.baseDelayMs ?? 250;
        this.max = options.maxDelayMs ?? 8_000;
        this.maxRetryAfter = options.maxRetryAfterMs ?? 30_000;
        this.kinds = new Set(options.retryableKinds ?? RETRYABLE_KINDS);
        this.budget = options.budget;
        this.random = options.random ?? Math.random;
    }
    /** Full-jitter delay for retry number `retriesDone` (0 for the first retry). */
    backoff(retriesDone) {
        const ceiling = Math.min(this.max, this.base * 2 ** Math.max(0, retriesDone));
        return Math.floor(this.random() * ceiling);
    }
    /**
     * Whether to retry after `error`, given `retriesDone` retries so far. Takes a token from the
     * budget when it says yes, so call it once per actual retry.
     */
    decide(error, retriesDone) {
        if (!this.kinds.has(error.kind))
            return { retry: false, reason: 'not_retryable' };
        if (retriesDone >= this.maxRetries)
            return { retry: false, reason: 'max_retries' };
        const ra = error.retryAfterMs;
        if (ra !== undefined && ra > this.maxRetryAfter)
            return { retry: false, reason: 'retry_after_too_long' };
        if (this.budget !== undefined && !this.budget.tryWithdraw())
            return { retry: false, reason: 'budget_exhausted' };
        const jitter = this.backoff(retriesDone);
        return { retry: true, delayMs: ra !== undefined ? Math.max(ra, jitter) : jitter };
    }
}
//# sourceMappingURL=retry-policy.js.map