import { renderTable } from './render-table.js';
/** Breakers, keys and latency per `backend/model`, coloured by state. */
export function renderStatusTable(status, style) {
    const entries = Object.entries(status);
    if (entries.length === 0)
        return style.dim('(no targets configured)');
    const rows = entries.map(([target, s]) => {
        const state = s.state ?? '?';
        const paint = state === 'closed' ? style.green : state === 'half_open' ? style.yellow : style.red;
        return [
            target,
            paint(state),
            s.available === false ? style.red('no') : 'yes',
            String(s.failure_count ?? 0),
            s.cool_down_remaining ? `${Math.ceil(s.cool_down_remaining)} s` : '-',
            ms(s.latency_p50_ms),
            ms(s.latency_p95_ms),
            String(s.total_requests ?? 0),
            s.success_rate === undefined || s.success_rate === null ? '-' : `${Math.round(s.success_rate * 100)}%`,
            keysCell(s.deployments),
            s.last_error ? style.dim(truncate(s.last_error, 60)) : '',
        ];
    });
    return renderTable(['TARGET', 'STATE', 'AVAILABLE', 'FAILURES', 'COOLDOWN', 'P50', 'P95', 'REQUESTS', 'SUCCESS', 'KEYS', 'LAST ERROR'], rows, style, [
        'left',
        'left',
        'left',
        'right',
        'right',
        'right',
        'right',
        'right',
        'right',
        'right',
    ]);
}
function ms(v) {
    return v === undefined || v === null ? '-' : `${Math.round(v)} ms`;
}
/** `usable/total` keys across the target's deployments, e.g. `2/3`. */
function keysCell(deployments) {
    let size = 0;
    let available = 0;
    for (const d of deployments ?? []) {
        const keys = d.keys;
        if (keys && typeof keys.size === 'number') {
            size += keys.size;
            available += keys.available ?? 0;
        }
    }
    return size === 0 ? '-' : `${available}/${size}`;
}
function truncate(text, max) {
    const one = text.replace(/\s+/g, ' ');
    return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
//# sourceMappingURL=render-status-table.js.map