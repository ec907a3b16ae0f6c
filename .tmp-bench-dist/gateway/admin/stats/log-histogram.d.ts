/** Upper bounds (ms) of the latency bins: fine where latencies usually are, coarse in the tail. */
export declare const LATENCY_BOUNDS: number[];
/**
 * Fixed-bin latency histograms: constant memory per time bucket, mergeable across buckets, and
 * percentiles interpolated within a bin (accurate to a few percent, plenty for a dashboard).
 */
export declare function newHistogram(): Uint32Array;
export declare function recordLatency(h: Uint32Array, ms: number): void;
export declare function mergeInto(target: Uint32Array, source: Uint32Array): void;
/** The q-quantile (0..1) in ms, or null for an empty histogram. */
export declare function quantile(h: Uint32Array, q: number): number | null;
