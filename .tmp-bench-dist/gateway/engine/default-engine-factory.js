import { StableEngine } from '../../engine/stable-engine.js';
import { defaultCostOf, defaultEstimatePromptTokens } from '../../stable/default-estimators.js';
/**
 * The real resilience engine. On reload with the same default-plan order the existing engine is
 * updated in place (`update(settings, routes)`), so circuit breakers and key cooldowns survive a
 * config change; gateway-side state (keys, limits, routes to resolve) still comes from the new
 * snapshot.
 */
export const defaultEngineFactory = ({ config, events, limiter, previous }) => {
    if (previous instanceof StableEngine && sameOrder(previous, config.serviceOrder)) {
        previous.update(config.settings, config.routes);
        return previous;
    }
    const engine = new StableEngine({
        settings: config.settings,
        routes: config.routes,
        serviceOrder: config.serviceOrder,
        deadlineMs: config.server.requestTimeoutMs,
        events,
        limiter,
        estimatePromptTokens: defaultEstimatePromptTokens,
        costOf: defaultCostOf,
    });
    orders.set(engine, config.serviceOrder.join(','));
    return engine;
};
const orders = new WeakMap();
function sameOrder(engine, order) {
    return orders.get(engine) === order.join(',');
}
//# sourceMappingURL=default-engine-factory.js.map