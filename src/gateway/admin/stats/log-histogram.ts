/** Upper bounds (ms) of the latency bins: fine where latencies usually are, coarse in the tail. */
export const LATENCY_BOUNDS = [
  1,
  2,
  3,
  5,
  7,
  10,
  15,
  20,
  30,
  50,
  70,
  100,
  150,
  200,
  300,
  500,
  700,
  1000,
  1500,
  2000,
  3000,
  5000,
  7000,
  10_000,
  15_000,
  20_000,
  30_000,
  60_000,
  120_000,
  300_000,
  Number.POSITIVE_INFINITY,
];

/**
 * Fixed-bin latency histograms: constant memory per time bucket, mergeable across buckets, and
 * percentiles interpolated within a bin (accurate to a few percent, plenty for a dashboard).
 */
export function newHistogram(): Uint32Array {
  return new Uint32Array(LATENCY_BOUNDS.length);
}

export function recordLatency(h: Uint32Array, ms: number): void {
  let i = 0;
  while (ms > LATENCY_BOUNDS[i]) i++;
  h[i]++;
}

export function mergeInto(target: Uint32Array, source: Uint32Array): void {
  for (let i = 0; i < target.length; i++) target[i] += source[i];
}

/** The q-quantile (0..1) in ms, or null for an empty histogram. */
export function quantile(h: Uint32Array, q: number): number | null {
  let total = 0;
  for (const c of h) total += c;
  if (total === 0) return null;
  const rank = q * total;
  let seen = 0;
  for (let i = 0; i < h.length; i++) {
    if (h[i] === 0) continue;
    if (seen + h[i] >= rank) {
      const lo = i === 0 ? 0 : LATENCY_BOUNDS[i - 1];
      const hi = Number.isFinite(LATENCY_BOUNDS[i]) ? LATENCY_BOUNDS[i] : lo * 2;
      const within = (rank - seen) / h[i];
      return Math.round((lo + (hi - lo) * within) * 10) / 10;
    }
    seen += h[i];
  }
  return null;
}
