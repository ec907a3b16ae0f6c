const UNITS = { b: 1, kb: 1024, k: 1024, mb: 1024 ** 2, m: 1024 ** 2, gb: 1024 ** 3, g: 1024 ** 3 };
/**
 * `10mb`, `512kb`, `1048576` → bytes. Config files say sizes the way nginx does; a bare number
 * is bytes. Returns undefined for anything else so the schema can name the field.
 */
export function parseByteSize(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) && value > 0 ? Math.floor(value) : undefined;
    const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
    if (!m)
        return undefined;
    const unit = UNITS[(m[2] || 'b').toLowerCase()];
    if (unit === undefined)
        return undefined;
    const n = Math.floor(Number(m[1]) * unit);
    return n > 0 ? n : undefined;
}
//# sourceMappingURL=parse-byte-size.js.map