/** Small statistics helpers shared by the harness and the load worker. */

/** Quantile of an ascending array (nearest rank). */
export function quantile(sorted, q) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function median(values) {
  const s = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** { n, min, p50, p90, p99, max, mean } of a list of numbers (ms). */
export function summarize(values) {
  const s = Float64Array.from(values).sort();
  let sum = 0;
  for (const v of s) sum += v;
  return {
    n: s.length,
    min: s.length ? s[0] : Number.NaN,
    p50: quantile(s, 0.5),
    p90: quantile(s, 0.9),
    p99: quantile(s, 0.99),
    max: s.length ? s[s.length - 1] : Number.NaN,
    mean: s.length ? sum / s.length : Number.NaN,
  };
}
