import type { RequestContext } from '../http/request-context.js';
/**
 * POST /v1/messages: Anthropic-compatible, to any backend. Errors on this route are
 * Anthropic-shaped (the route is registered with errorStyle 'anthropic').
 */
export declare function anthropicMessages(ctx: RequestContext): Promise<void>;
