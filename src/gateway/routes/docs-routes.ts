import { docsPage } from '../docs/docs-page.js';
import type { RequestContext } from '../http/request-context.js';

let openapiText: string | undefined;
const pages = new Map<string, Buffer>();

/** GET /openapi.json — built once per process from the zod schemas (loaded on first use, not at start-up). */
export async function openapiJson(ctx: RequestContext): Promise<void> {
  if (openapiText === undefined) {
    const { buildOpenApi } = await import('../openapi/build-openapi.js');
    openapiText = JSON.stringify(buildOpenApi(ctx.runtime.version));
  }
  send(ctx, 'application/json; charset=utf-8', openapiText);
}

/** GET /docs (interactive) and /redoc (reference). */
export function docs(ctx: RequestContext): void {
  const mode = ctx.path === '/redoc' ? 'redoc' : 'docs';
  let page = pages.get(mode);
  if (!page) {
    page = Buffer.from(docsPage(mode));
    pages.set(mode, page);
  }
  send(ctx, 'text/html; charset=utf-8', page);
}

function send(ctx: RequestContext, type: string, body: string | Buffer): void {
  ctx.res.statusCode = 200;
  ctx.res.setHeader('content-type', type);
  ctx.res.setHeader('cache-control', 'no-cache');
  ctx.res.setHeader('content-length', Buffer.byteLength(body));
  ctx.res.end(ctx.method === 'HEAD' ? undefined : body);
}
