/**
 * The credential a client sent: `Authorization: Bearer …` (OpenAI SDKs), else `x-api-key`
 * (Anthropic SDKs, Claude Code), else `api-key` (Azure-style clients).
 */
export function extractToken(headers) {
    const auth = headers.authorization;
    if (auth) {
        if (auth.length > 7 && (auth.startsWith('Bearer ') || auth.startsWith('bearer ')))
            return auth.slice(7).trim() || undefined;
        return undefined;
    }
    const x = headers['x-api-key'] ?? headers['api-key'];
    const v = Array.isArray(x) ? x[0] : x;
    return v ? v.trim() || undefined : undefined;
}
//# sourceMappingURL=extract-token.js.map