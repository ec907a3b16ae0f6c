/** One row of the usage log: one gateway request, whatever its outcome. */
export interface UsageRow {
    /** Epoch ms the request arrived. */
    ts: number;
    request_id: string;
    /** Gateway key id (`master` for the master key, null when auth is off). */
    key_id: string | null;
    /** HTTP path served (`/v1/chat/completions`). */
    endpoint: string;
    /** What the caller asked for: model, `backend/model` or route name. */
    route: string | null;
    backend: string | null;
    /** Upstream model id that answered. */
    model: string | null;
    /** `backend/model` that answered. */
    target: string | null;
    status: number;
    error_kind: string | null;
    stream: boolean;
    prompt_tokens: number;
    completion_tokens: number;
    total_tokens: number;
    cost_usd: number;
    latency_ms: number;
    ttft_ms: number | null;
    /** Number of upstream tries (skipped candidates not counted). */
    attempts: number;
    /** The engine's AttemptRecord list as JSON (masked), null when there was none. */
    attempts_json: string | null;
}
export interface UsageQuery {
    /** Epoch ms, inclusive. */
    since?: number;
    /** Epoch ms, exclusive. */
    until?: number;
    keyId?: string;
    backend?: string;
    /** Matches `model` or `target` or `route`. */
    model?: string;
    /** `success` (< 400), `error` (≥ 400) or an exact status. */
    status?: 'success' | 'error' | number;
    requestId?: string;
    /** Default 100, max 1000. */
    limit?: number;
    offset?: number;
}
export interface UsageQueryResult {
    rows: UsageRow[];
    /** Rows matching the filter (for pagination). */
    total: number;
}
export type UsageGroupBy = 'key' | 'model' | 'backend' | 'target' | 'hour' | 'day';
export interface UsageSummaryRow {
    /** The group value (key id, model, or ISO hour/day start). */
    group: string | null;
    requests: number;
    errors: number;
    prompt_tokens: number;
    completion_tokens: number;
    cost_usd: number;
    avg_latency_ms: number;
}
