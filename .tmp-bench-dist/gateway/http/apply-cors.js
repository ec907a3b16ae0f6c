const EXPOSED = 'x-request-id, x-stable-llm-backend, x-stable-llm-model, x-stable-llm-target, x-stable-llm-key-id, x-stable-llm-attempts, x-stable-llm-overhead-ms, x-stable-llm-cost-usd, retry-after';
/**
 * CORS headers for browsers calling the gateway directly. Returns true when this was a
 * preflight that has been answered.
 */
export function applyCors(ctx, cors, allowedMethods) {
    const origin = ctx.req.headers.origin;
    if (!origin)
        return false;
    const res = ctx.res;
    const allowed = cors.origins === '*' ? (cors.credentials ? origin : '*') : cors.origins.includes(origin) ? origin : undefined;
    if (!allowed)
        return false;
    res.setHeader('access-control-allow-origin', allowed);
    if (allowed !== '*')
        res.setHeader('vary', 'origin');
    if (cors.credentials)
        res.setHeader('access-control-allow-credentials', 'true');
    if (ctx.method !== 'OPTIONS' || !ctx.req.headers['access-control-request-method']) {
        res.setHeader('access-control-expose-headers', EXPOSED);
        return false;
    }
    res.statusCode = 204;
    res.setHeader('access-control-allow-methods', (allowedMethods ?? ['GET', 'POST']).concat('OPTIONS').join(', '));
    res.setHeader('access-control-allow-headers', ctx.req.headers['access-control-request-headers'] ?? 'authorization, content-type, x-api-key');
    res.setHeader('access-control-max-age', String(cors.maxAge));
    res.end();
    return true;
}
//# sourceMappingURL=apply-cors.js.map