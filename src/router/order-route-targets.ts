import type { Route, RouteTarget } from './route-config.js';
import { weightedShuffle } from './weighted-shuffle.js';

/**
 * Orders a route's targets for one request. `ordered`: as written. `weighted`: a weighted random
 * permutation (every target stays in the plan as a fallback). `priority`: tiers by priority,
 * weighted random inside a tier.
 */
export function orderRouteTargets(route: Route, random: () => number = Math.random): RouteTarget[] {
  if (route.strategy === 'ordered') return route.targets;
  if (route.strategy === 'weighted') return [...weightedShuffle(route.targets, random)];
  const tiers = new Map<number, RouteTarget[]>();
  for (const t of route.targets) {
    const tier = tiers.get(t.priority);
    if (tier) tier.push(t);
    else tiers.set(t.priority, [t]);
  }
  return [...tiers.keys()].sort((a, b) => a - b).flatMap((p) => weightedShuffle(tiers.get(p) ?? [], random));
}
