import type { UsageQuery, UsageRow } from '../../../store/usage-row.js';
import { mergeInto, newHistogram, quantile, recordLatency } from './log-histogram.js';

export const BUCKET_MS = 5_000;
const KEEP_BUCKETS = 720; // one hour
const RECENT_ROWS = 1_000;

interface Bucket {
  t: number;
  requests: number;
  errors: number;
  kinds: Record<string, number>;
  latency: Uint32Array;
  ttft: Uint32Array;
  promptTokens: number;
  completionTokens: number;
  cost: number;
}

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
export class LiveStats {
  private readonly buckets: Bucket[] = [];
  private readonly recentRows: UsageRow[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  add(row: UsageRow): void {
    const b = this.bucketAt(row.ts);
    b.requests++;
    if (row.status >= 400) {
      b.errors++;
      const kind = row.error_kind ?? `http_${row.status}`;
      b.kinds[kind] = (b.kinds[kind] ?? 0) + 1;
    }
    recordLatency(b.latency, row.latency_ms);
    if (row.ttft_ms !== null) recordLatency(b.ttft, row.ttft_ms);
    b.promptTokens += row.prompt_tokens;
    b.completionTokens += row.completion_tokens;
    b.cost += row.cost_usd;
    this.recentRows.push(row);
    if (this.recentRows.length > RECENT_ROWS) this.recentRows.splice(0, this.recentRows.length - RECENT_ROWS);
  }

  /** Every bucket from `sinceMs` to now, empty ones included (charts show quiet time as zero). */
  series(sinceMs: number): SeriesPoint[] {
    const end = floor(this.now());
    const start = Math.max(floor(sinceMs), end - (KEEP_BUCKETS - 1) * BUCKET_MS);
    const byT = new Map(this.buckets.map((b) => [b.t, b]));
    const out: SeriesPoint[] = [];
    for (let t = start; t <= end; t += BUCKET_MS) {
      const b = byT.get(t);
      out.push(
        b
          ? {
              t,
              requests: b.requests,
              errors: b.errors,
              kinds: { ...b.kinds },
              p50: quantile(b.latency, 0.5),
              p95: quantile(b.latency, 0.95),
              ttft_p50: quantile(b.ttft, 0.5),
              ttft_p95: quantile(b.ttft, 0.95),
              prompt_tokens: b.promptTokens,
              completion_tokens: b.completionTokens,
              cost_usd: b.cost,
            }
          : {
              t,
              requests: 0,
              errors: 0,
              kinds: {},
              p50: null,
              p95: null,
              ttft_p50: null,
              ttft_p95: null,
              prompt_tokens: 0,
              completion_tokens: 0,
              cost_usd: 0,
            },
      );
    }
    return out;
  }

  /** Aggregates over the last `windowMs`. */
  totals(windowMs: number): LiveTotals {
    const since = this.now() - windowMs;
    const latency = newHistogram();
    const ttft = newHistogram();
    const kinds: Record<string, number> = {};
    let requests = 0;
    let errors = 0;
    let pt = 0;
    let ct = 0;
    let cost = 0;
    for (const b of this.buckets) {
      if (b.t + BUCKET_MS <= since) continue;
      requests += b.requests;
      errors += b.errors;
      pt += b.promptTokens;
      ct += b.completionTokens;
      cost += b.cost;
      mergeInto(latency, b.latency);
      mergeInto(ttft, b.ttft);
      for (const [k, n] of Object.entries(b.kinds)) kinds[k] = (kinds[k] ?? 0) + n;
    }
    return {
      window_s: windowMs / 1000,
      requests,
      errors,
      rps: requests / (windowMs / 1000),
      error_rate: requests ? errors / requests : 0,
      p50: quantile(latency, 0.5),
      p95: quantile(latency, 0.95),
      ttft_p50: quantile(ttft, 0.5),
      ttft_p95: quantile(ttft, 0.95),
      prompt_tokens: pt,
      completion_tokens: ct,
      cost_usd: cost,
      kinds,
    };
  }

  /** Latest rows, newest first, filtered like the store's usage query. */
  recent(query: UsageQuery = {}): { rows: UsageRow[]; total: number } {
    const rows = this.recentRows.filter((r) => matches(r, query)).reverse();
    const offset = query.offset ?? 0;
    return { rows: rows.slice(offset, offset + (query.limit ?? 100)), total: rows.length };
  }

  private bucketAt(ts: number): Bucket {
    const t = floor(ts);
    const last = this.buckets[this.buckets.length - 1];
    if (last && last.t === t) return last;
    const existing = this.buckets.find((b) => b.t === t);
    if (existing) return existing;
    const b: Bucket = {
      t,
      requests: 0,
      errors: 0,
      kinds: {},
      latency: newHistogram(),
      ttft: newHistogram(),
      promptTokens: 0,
      completionTokens: 0,
      cost: 0,
    };
    this.buckets.push(b);
    this.buckets.sort((x, y) => x.t - y.t);
    const cutoff = floor(this.now()) - KEEP_BUCKETS * BUCKET_MS;
    while (this.buckets.length && this.buckets[0].t <= cutoff) this.buckets.shift();
    return b;
  }
}

function floor(ts: number): number {
  return Math.floor(ts / BUCKET_MS) * BUCKET_MS;
}

function matches(r: UsageRow, q: UsageQuery): boolean {
  if (q.since !== undefined && r.ts < q.since) return false;
  if (q.until !== undefined && r.ts >= q.until) return false;
  if (q.keyId !== undefined && r.key_id !== q.keyId) return false;
  if (q.requestId !== undefined && r.request_id !== q.requestId) return false;
  if (q.model !== undefined && r.model !== q.model && r.target !== q.model && r.route !== q.model) return false;
  if (q.status === 'success' && r.status >= 400) return false;
  if (q.status === 'error' && r.status < 400) return false;
  if (typeof q.status === 'number' && r.status !== q.status) return false;
  return true;
}
