import type { RequestContext } from './request-context.js';
/** Writes a complete JSON response. One stringify, one write, explicit Content-Length. */
export declare function sendJson(ctx: RequestContext, status: number, body: unknown, headers?: Record<string, string>): void;
