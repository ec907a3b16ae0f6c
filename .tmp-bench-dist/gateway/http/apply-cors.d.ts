import type { CorsConfig } from '../config/gateway-config.js';
import type { RequestContext } from './request-context.js';
/**
 * CORS headers for browsers calling the gateway directly. Returns true when this was a
 * preflight that has been answered.
 */
export declare function applyCors(ctx: RequestContext, cors: CorsConfig, allowedMethods: string[] | undefined): boolean;
