/**
 * Tiny guards for reading untrusted JSON without schemas on the hot path. Upstream bodies are
 * never trusted: every field is checked for its type before use.
 */
export function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
export function readString(value) {
    return typeof value === 'string' ? value : undefined;
}
/** A finite number, or undefined. */
export function readNumber(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
/** A finite, non-negative count (token numbers), or undefined. */
export function readCount(value) {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}
//# sourceMappingURL=json-guards.js.map