import { docsPage } from '../docs/docs-page.js';
import { buildOpenApi } from '../openapi/build-openapi.js';
let openapiText;
const pages = new Map();
/** GET /openapi.json — built once per process from the zod schemas. */
export function openapiJson(ctx) {
    openapiText ??= JSON.stringify(buildOpenApi(ctx.runtime.version));
    send(ctx, 'application/json; charset=utf-8', openapiText);
}
/** GET /docs (interactive) and /redoc (reference). */
export function docs(ctx) {
    const mode = ctx.path === '/redoc' ? 'redoc' : 'docs';
    let page = pages.get(mode);
    if (!page) {
        page = Buffer.from(docsPage(mode));
        pages.set(mode, page);
    }
    send(ctx, 'text/html; charset=utf-8', page);
}
function send(ctx, type, body) {
    ctx.res.statusCode = 200;
    ctx.res.setHeader('content-type', type);
    ctx.res.setHeader('cache-control', 'no-cache');
    ctx.res.setHeader('content-length', Buffer.byteLength(body));
    ctx.res.end(ctx.method === 'HEAD' ? undefined : body);
}
//# sourceMappingURL=docs-routes.js.map