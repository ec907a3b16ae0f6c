/** Tiny guards for walking untrusted JSON without casts scattered through the parsers. */
export function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
export function asRecord(value) {
    return isRecord(value) ? value : {};
}
export function asArray(value) {
    return Array.isArray(value) ? value : [];
}
export function asString(value) {
    return typeof value === 'string' ? value : undefined;
}
export function asNumber(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
/** First defined value among keys: the Gemini REST API takes camelCase and snake_case alike. */
export function pick(obj, camel, snake) {
    const v = obj[camel];
    return v === undefined ? obj[snake] : v;
}
//# sourceMappingURL=guards.js.map