const STAMP = /(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?/;
/** China Standard Time: Chinese providers print wall-clock reset times without a zone. */
const DEFAULT_OFFSET_MINUTES = 8 * 60;
/**
 * Milliseconds until a reset time printed inside an error message (Zhipu 1308/1310 "your limit
 * will reset at 2026-05-01 12:00:00"). Times without a zone are read as UTC+8. Returns undefined
 * when the message holds no timestamp or it lies in the past.
 */
export function parseResetTime(message, now = Date.now()) {
    if (!message)
        return undefined;
    const m = STAMP.exec(message);
    if (!m)
        return undefined;
    const [, y, mo, d, h, mi, s, zone] = m;
    let offset = DEFAULT_OFFSET_MINUTES;
    if (zone === 'Z')
        offset = 0;
    else if (zone) {
        const sign = zone[0] === '-' ? -1 : 1;
        const digits = zone.slice(1).replace(':', '');
        offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
    }
    const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0)) - offset * 60_000;
    const wait = utc - now;
    return Number.isFinite(wait) && wait > 0 ? wait : undefined;
}
//# sourceMappingURL=parse-reset-time.js.map