import type { UsageQuery, UsageRow } from '../../../store/usage-row.js';
export declare const BUCKET_MS = 5000;
/** One point of the live charts (one 5 s bucket). */
export interface SeriesPoint {
    t: number;
    requests: number;
    errors: number;
    /** Errors by kind (`rate_limit`, `timeout`, …). */
    kinds: Record<string, number>;
    p50: number | null;
    p95: number | null;
    ttft_p50: number | null;
    ttft_p95: number | null;
    prompt_tokens: number;
    completion_tokens: number;
    cost_usd: number;
}
export interface LiveTotals {
    window_s: number;
    requests: number;
    errors: number;
    rps: number;
    error_rate: number;
    p50: number | null;
    p95: number | null;
    ttft_p50: number | null;
    ttft_p95: number | null;
    prompt_tokens: number;
    completion_tokens: number;
    cost_usd: number;
    kinds: Record<string, number>;
}
/**
 * This instance's live traffic, fed by every usage row as it is recorded: 5-second buckets for
 * the last hour (request rate, latency and TTFT histograms, errors by kind, tokens, cost) and a
 * ring of the latest rows (the log view when no store is configured).
 */
export declare class LiveStats {
    private readonly now;
    private readonly buckets;
    private readonly recentRows;
    constructor(now?: () => number);
    add(row: UsageRow): void;
    /** Every bucket from `sinceMs` to now, empty ones included (charts show quiet time as zero). */
    series(sinceMs: number): SeriesPoint[];
    /** Aggregates over the last `windowMs`. */
    totals(windowMs: number): LiveTotals;
    /** Latest rows, newest first, filtered like the store's usage query. */
    recent(query?: UsageQuery): {
        rows: UsageRow[];
        total: number;
    };
    private bucketAt;
}
