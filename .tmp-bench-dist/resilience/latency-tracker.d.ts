/**
 * Recent latencies in a fixed-size ring buffer. Recording is O(1) and allocation-free (it runs on
 * every request); percentiles sort a copy lazily and are cached until the next record, because
 * they are read far less often (status pages, hedging thresholds) than latencies are written.
 */
export declare class LatencyTracker {
    private readonly ring;
    private next;
    private filled;
    private sorted;
    /** Samples ever recorded (the ring only keeps the last `capacity`). */
    total: number;
    constructor(capacity?: number);
    get capacity(): number;
    /** Samples currently in the window. */
    get count(): number;
    record(ms: number): void;
    /** Nearest-rank percentile (p in 0..100) of the recent window; undefined when empty. */
    percentile(p: number): number | undefined;
    get p50(): number | undefined;
    get p95(): number | undefined;
    mean(): number | undefined;
    reset(): void;
}
