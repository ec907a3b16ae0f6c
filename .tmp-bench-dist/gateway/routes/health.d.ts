import type { RequestContext } from '../http/request-context.js';
/** GET /health — liveness: always 200 while the process serves HTTP. */
export declare function health(ctx: RequestContext): void;
/** GET /health/ready — readiness: 503 while draining, so load balancers stop sending work. */
export declare function ready(ctx: RequestContext): void;
