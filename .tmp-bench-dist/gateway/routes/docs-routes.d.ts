import type { RequestContext } from '../http/request-context.js';
/** GET /openapi.json — built once per process from the zod schemas. */
export declare function openapiJson(ctx: RequestContext): void;
/** GET /docs (interactive) and /redoc (reference). */
export declare function docs(ctx: RequestContext): void;
