import type { RequestContext } from '../http/request-context.js';
/** GET /metrics — Prometheus text format. */
export declare function metricsRoute(ctx: RequestContext): Promise<void>;
