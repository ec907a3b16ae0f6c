/**
 * Orders a route's targets for one request. `ordered`: as written. `weighted`: a weighted random
 * permutation (every target stays in the plan as a fallback). `priority`: tiers by priority,
 * weighted random inside a tier.
 */
export function orderRouteTargets(route, random = Math.random) {
    if (route.strategy === 'ordered')
        return route.targets;
    if (route.strategy === 'weighted')
        return weightedShuffle(route.targets, random);
    const tiers = new Map();
    for (const t of route.targets) {
        const tier = tiers.get(t.priority);
        if (tier)
            tier.push(t);
        else
            tiers.set(t.priority, [t]);
    }
    return [...tiers.keys()].sort((a, b) => a - b).flatMap((p) => weightedShuffle(tiers.get(p) ?? [], random));
}
/** Efraimidis–Spirakis weighted sampling without replacement: key = u^(1/w), sort descending. */
function weightedShuffle(items, random) {
    if (items.length < 2)
        return [...items];
    return items
        .map((item) => ({ item, k: random() ** (1 / item.weight) }))
        .sort((a, b) => b.k - a.k)
        .map((x) => x.item);
}
//# sourceMappingURL=order-route-targets.js.map