import type { RequestContext } from '../../http/request-context.js';
import { buildOpenApi } from '../../openapi/build-openapi.js';
import type { AdminRoute } from '../http/admin-api-router.js';
import { ADMIN_SECURITY_SCHEMES, adminOpenApiPaths } from './admin-openapi.js';

/**
 * GET /openapi.json with the admin API included: the gateway's document (built from its zod
 * schemas) plus the admin paths, tag and security schemes. Built once per process.
 */
export function openapiWithAdmin(routes: readonly AdminRoute<unknown>[]): (ctx: RequestContext) => void {
  let text: string | undefined;
  return (ctx) => {
    if (!text) {
      const doc = buildOpenApi(ctx.runtime.version) as Record<string, unknown> & {
        paths: Record<string, unknown>;
        tags: unknown[];
        components: { securitySchemes: Record<string, unknown> };
      };
      doc.paths = { ...doc.paths, ...adminOpenApiPaths(routes) };
      doc.tags = [
        ...doc.tags,
        {
          name: 'Admin',
          description: 'The admin console API (/admin). Log in with the admin key; every change persists in the store and applies live.',
        },
      ];
      doc.components.securitySchemes = { ...doc.components.securitySchemes, ...ADMIN_SECURITY_SCHEMES };
      text = JSON.stringify(doc);
    }
    ctx.res.statusCode = 200;
    ctx.res.setHeader('content-type', 'application/json; charset=utf-8');
    ctx.res.setHeader('cache-control', 'no-cache');
    ctx.res.setHeader('content-length', Buffer.byteLength(text));
    ctx.res.end(ctx.method === 'HEAD' ? undefined : text);
  };
}
