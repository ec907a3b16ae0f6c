/**
 * The API key a request carried, whichever way its provider sends it: `x-api-key` (Anthropic),
 * `x-goog-api-key` or `?key=` (Gemini), `api-key` (Azure), `Authorization: Bearer` (everyone else).
 */
export function extractApiKey(req) {
    const h = req.headers;
    const direct = h['x-api-key'] ?? h['x-goog-api-key'] ?? h['api-key'];
    if (typeof direct === 'string' && direct.length > 0)
        return direct;
    const auth = h.authorization;
    if (typeof auth === 'string' && auth.length > 7 && auth.slice(0, 7).toLowerCase() === 'bearer ') {
        return auth.slice(7).trim();
    }
    return req.query.get('key') ?? undefined;
}
//# sourceMappingURL=extract-api-key.js.map