import type { RequestContext } from '../http/request-context.js';
/** GET / — browsers go to the docs; API clients get a small index. */
export declare function indexRoute(ctx: RequestContext): void;
/** GET /admin until the admin console registers its own routes. */
export declare function adminPlaceholder(ctx: RequestContext): void;
