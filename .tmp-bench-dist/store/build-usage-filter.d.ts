import type { UsageQuery } from './usage-row.js';
/**
 * The WHERE clause for a usage query, shared by SQLite (`?`) and Postgres (`$1`): same filters,
 * same semantics in both stores.
 */
export declare function buildUsageFilter(query: UsageQuery, placeholder: (index: number) => string): {
    where: string;
    params: unknown[];
};
export declare function clampLimit(limit: number | undefined): number;
export declare const USAGE_COLUMNS: readonly ["ts", "request_id", "key_id", "endpoint", "route", "backend", "model", "target", "status", "error_kind", "stream", "prompt_tokens", "completion_tokens", "total_tokens", "cost_usd", "latency_ms", "ttft_ms", "attempts", "attempts_json"];
