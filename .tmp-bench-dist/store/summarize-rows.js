/** In-memory grouping with the same output as the SQL stores' GROUP BY. */
export function summarizeRows(rows, groupBy) {
    const groups = new Map();
    for (const r of rows) {
        const g = groupValue(r, groupBy);
        let s = groups.get(g);
        if (!s) {
            s = { n: 0, errors: 0, pt: 0, ct: 0, cost: 0, lat: 0 };
            groups.set(g, s);
        }
        s.n++;
        if (r.status >= 400)
            s.errors++;
        s.pt += r.prompt_tokens;
        s.ct += r.completion_tokens;
        s.cost += r.cost_usd;
        s.lat += r.latency_ms;
    }
    const out = [...groups.entries()].map(([group, s]) => ({
        group,
        requests: s.n,
        errors: s.errors,
        prompt_tokens: s.pt,
        completion_tokens: s.ct,
        cost_usd: s.cost,
        avg_latency_ms: s.n ? s.lat / s.n : 0,
    }));
    return sortSummary(out, groupBy);
}
export function sortSummary(rows, groupBy) {
    if (groupBy === 'hour' || groupBy === 'day')
        return rows.sort((a, b) => String(a.group).localeCompare(String(b.group)));
    return rows.sort((a, b) => b.requests - a.requests || String(a.group).localeCompare(String(b.group)));
}
/** Bucket start as ISO text (UTC), so SQL and memory stores agree byte for byte. */
export function timeBucket(ts, unit) {
    const size = unit === 'hour' ? 3_600_000 : 86_400_000;
    return new Date(Math.floor(ts / size) * size).toISOString();
}
function groupValue(r, groupBy) {
    switch (groupBy) {
        case 'key':
            return r.key_id;
        case 'model':
            return r.model;
        case 'backend':
            return r.backend;
        case 'target':
            return r.target;
        case 'hour':
        case 'day':
            return timeBucket(r.ts, groupBy);
    }
}
//# sourceMappingURL=summarize-rows.js.map