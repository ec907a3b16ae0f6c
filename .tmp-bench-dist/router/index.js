export { routeSchema, routesSchema, normalizeRoute, parseTarget } from './route-config.js';
export { orderRouteTargets } from './order-route-targets.js';
export { buildDefaultPlan } from './build-default-plan.js';
export { resolvePlan } from './resolve-plan.js';
//# sourceMappingURL=index.js.map