export { routeSchema, routesSchema, normalizeRoute, parseTarget, type Route, type RouteTarget, type RouteInput } from './route-config.js';
export { orderRouteTargets } from './order-route-targets.js';
export { buildDefaultPlan } from './build-default-plan.js';
export { resolvePlan, type ResolvedPlan } from './resolve-plan.js';
export type { PlanTarget } from './plan-target.js';
