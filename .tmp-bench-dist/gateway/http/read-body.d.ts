import type { RequestContext } from './request-context.js';
/**
 * Reads the whole request body, refusing it as soon as it passes `limit` (from Content-Length
 * up front, or while reading for chunked bodies) so an oversized upload costs nothing.
 */
export declare function readBody(ctx: RequestContext, limit: number): Promise<Buffer>;
/** Reads and parses a JSON object body. Bad JSON and non-objects are 400s that say what is wrong. */
export declare function readJsonObject(ctx: RequestContext, limit?: number): Promise<Record<string, unknown>>;
export declare function formatBytes(n: number): string;
