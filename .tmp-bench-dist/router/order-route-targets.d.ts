import type { Route, RouteTarget } from './route-config.js';
/**
 * Orders a route's targets for one request. `ordered`: as written. `weighted`: a weighted random
 * permutation (every target stays in the plan as a fallback). `priority`: tiers by priority,
 * weighted random inside a tier.
 */
export declare function orderRouteTargets(route: Route, random?: () => number): RouteTarget[];
