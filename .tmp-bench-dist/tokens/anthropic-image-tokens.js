import { normaliseModelId } from './tokenizer-family.js';
const STANDARD = { maxEdge: 1568, maxTokens: 1568 };
const HIGH_RES = { maxEdge: 2576, maxTokens: 4784 };
/** High-resolution tier: Claude 5+ of any tier, and 4.7+ (Opus 4.7 was the first). */
export function claudeImageLimits(model) {
    const id = normaliseModelId(model);
    // Current naming: claude-<tier>-<major>[-<minor>][-date]; legacy claude-3-5-sonnet uses numbers first.
    const m = /claude-(?:opus|sonnet|haiku|fable|mythos)-(\d+)(?:-(\d{1,2})(?!\d))?/.exec(id);
    if (!m)
        return STANDARD;
    const major = Number(m[1]);
    const minor = m[2] === undefined ? 0 : Number(m[2]);
    return major > 4 || (major === 4 && minor >= 7) ? HIGH_RES : STANDARD;
}
export function claudeImageTokens(width, height, model) {
    const limits = claudeImageLimits(model);
    const [w, h] = claudeResizedSize(width, height, limits);
    return patches(w, h);
}
function patches(w, h) {
    return Math.ceil(w / 28) * Math.ceil(h / 28);
}
/** Port of the docs' reference `resized_size` (binary search along the long edge). */
export function claudeResizedSize(width, height, limits = STANDARD) {
    const fits = (w, h) => Math.ceil(w / 28) * 28 <= limits.maxEdge && Math.ceil(h / 28) * 28 <= limits.maxEdge && patches(w, h) <= limits.maxTokens;
    if (fits(width, height))
        return [width, height];
    if (height > width) {
        const [rh, rw] = claudeResizedSize(height, width, limits);
        return [rw, rh];
    }
    const aspect = width / height;
    let lo = 1;
    let hi = width;
    while (lo + 1 < hi) {
        const mid = Math.floor((lo + hi) / 2);
        if (fits(mid, Math.max(roundHalfEven(mid / aspect), 1)))
            lo = mid;
        else
            hi = mid;
    }
    return [lo, Math.max(roundHalfEven(lo / aspect), 1)];
}
/** Python's round(): the reference implementation is Python, so ties go to even. */
function roundHalfEven(x) {
    const floor = Math.floor(x);
    const diff = x - floor;
    if (diff > 0.5)
        return floor + 1;
    if (diff < 0.5)
        return floor;
    return floor % 2 === 0 ? floor : floor + 1;
}
//# sourceMappingURL=anthropic-image-tokens.js.map