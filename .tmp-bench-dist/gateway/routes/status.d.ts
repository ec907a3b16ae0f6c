import type { RequestContext } from '../http/request-context.js';
/**
 * GET /status — breakers, key pools (masked ids only), latency, gateway keys with spend,
 * limits and the usage-log queue. Secrets never appear: targets come from the engine's
 * masked snapshot, gateway keys are listed by id.
 */
export declare function status(ctx: RequestContext): void;
