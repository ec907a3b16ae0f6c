import { sendJson } from '../http/send-json.js';
/** GET / — browsers go to the docs; API clients get a small index. */
export function indexRoute(ctx) {
    if ((ctx.header('accept') ?? '').includes('text/html')) {
        ctx.res.statusCode = 302;
        ctx.res.setHeader('location', '/docs');
        ctx.res.end();
        return;
    }
    sendJson(ctx, 200, {
        name: 'stable-llm gateway',
        version: ctx.runtime.version,
        docs: '/docs',
        openapi: '/openapi.json',
        admin: '/admin',
        health: '/health',
        endpoints: [
            '/v1/chat/completions',
            '/v1/models',
            '/v1/messages',
            '/api/v1/vision/completions',
            '/api/chat',
            '/v1/tokenize',
            '/count_tokens',
            '/status',
            '/metrics',
        ],
    });
}
/** GET /admin until the admin console registers its own routes. */
export function adminPlaceholder(ctx) {
    const body = '<!doctype html><meta charset="utf-8"><title>stable-llm admin</title><body style="font:15px system-ui;margin:40px">' +
        '<h1>stable-llm admin console</h1><p>The admin console is not included in this build.</p>' +
        '<p>Operational data is available at <a href="/status">/status</a>, <a href="/metrics">/metrics</a> and <a href="/health">/health</a>; the API at <a href="/docs">/docs</a>.</p>';
    ctx.res.statusCode = 200;
    ctx.res.setHeader('content-type', 'text/html; charset=utf-8');
    ctx.res.end(body);
}
//# sourceMappingURL=index-route.js.map