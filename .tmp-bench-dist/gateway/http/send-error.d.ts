import type { GatewayHttpError } from './http-error.js';
import type { RequestContext } from './request-context.js';
/**
 * Answers with an error in the route's style. If a response is already under way (a stream),
 * the stream writer owns the error; here we can only end the response.
 */
export declare function sendError(ctx: RequestContext, err: unknown): GatewayHttpError;
