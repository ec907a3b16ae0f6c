import { type Clock } from './clock.js';
/**
 * Sliding-window sum in O(buckets) memory, for budgets where an exact event log would be too
 * large (requests per day) or needlessly precise (breaker failure rate, retry budget).
 *
 * It is conservative: an event stays counted until the end of its bucket plus the window, so the
 * total never under-counts and a budget enforced with it is never exceeded; it may over-count by
 * at most one bucket's worth of events.
 */
export declare class WindowCounter {
    readonly windowMs: number;
    private readonly bucketMs;
    private readonly counts;
    private readonly ids;
    private readonly clock;
    constructor(windowMs: number, buckets?: number, clock?: Clock);
    /** Adds `n` at time `at` (default now). Events older than the window are dropped. */
    add(n?: number, at?: number): void;
    total(now?: number): number;
    /**
     * Milliseconds until the total drops to at most `target` (0 when already there). Used to give
     * an honest Retry-After for a local budget.
     */
    msUntilTotalAtMost(target: number, now?: number): number;
    reset(): void;
}
