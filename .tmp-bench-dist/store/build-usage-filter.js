/**
 * The WHERE clause for a usage query, shared by SQLite (`?`) and Postgres (`$1`): same filters,
 * same semantics in both stores.
 */
export function buildUsageFilter(query, placeholder) {
    const clauses = [];
    const params = [];
    const p = (value) => {
        params.push(value);
        return placeholder(params.length);
    };
    if (query.since !== undefined)
        clauses.push(`ts >= ${p(query.since)}`);
    if (query.until !== undefined)
        clauses.push(`ts < ${p(query.until)}`);
    if (query.keyId !== undefined)
        clauses.push(`key_id = ${p(query.keyId)}`);
    if (query.backend !== undefined)
        clauses.push(`backend = ${p(query.backend)}`);
    if (query.requestId !== undefined)
        clauses.push(`request_id = ${p(query.requestId)}`);
    if (query.model !== undefined) {
        const m = p(query.model);
        clauses.push(`(model = ${m} OR target = ${m} OR route = ${m})`);
    }
    if (query.status === 'success')
        clauses.push('status < 400');
    else if (query.status === 'error')
        clauses.push('status >= 400');
    else if (typeof query.status === 'number')
        clauses.push(`status = ${p(query.status)}`);
    return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}
export function clampLimit(limit) {
    if (limit === undefined || !Number.isFinite(limit))
        return 100;
    return Math.min(1000, Math.max(1, Math.floor(limit)));
}
export const USAGE_COLUMNS = [
    'ts',
    'request_id',
    'key_id',
    'endpoint',
    'route',
    'backend',
    'model',
    'target',
    'status',
    'error_kind',
    'stream',
    'prompt_tokens',
    'completion_tokens',
    'total_tokens',
    'cost_usd',
    'latency_ms',
    'ttft_ms',
    'attempts',
    'attempts_json',
];
//# sourceMappingURL=build-usage-filter.js.map