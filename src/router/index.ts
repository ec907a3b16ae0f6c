export { buildDefaultPlan } from './build-default-plan.js';
export { orderRouteTargets } from './order-route-targets.js';
export type { PlanTarget } from './plan-target.js';
export { type ResolvedPlan, resolvePlan } from './resolve-plan.js';
export { normalizeRoute, parseTarget, type Route, type RouteInput, type RouteTarget, routeSchema, routesSchema } from './route-config.js';
