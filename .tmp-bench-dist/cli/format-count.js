/** `1050000` → `1.05M`, `200000` → `200K`, `8192` → `8.2K`: table cells for context sizes. */
export function formatCount(n) {
    if (n === undefined)
        return '-';
    if (n >= 1_000_000)
        return `${trim((n / 1_000_000).toFixed(2))}M`;
    if (n >= 10_000)
        return `${Math.round(n / 1000)}K`;
    if (n >= 1000)
        return `${trim((n / 1000).toFixed(1))}K`;
    return String(n);
}
/** Dollars per million tokens, as vendors print them. */
export function formatPrice(p) {
    if (p === undefined)
        return '-';
    return `$${p < 1 && p > 0 ? trim(p.toFixed(3)) : trim(p.toFixed(2))}`;
}
function trim(s) {
    return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}
//# sourceMappingURL=format-count.js.map