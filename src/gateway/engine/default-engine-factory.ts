import { StableEngine } from '../../engine/stable-engine.js';
import { defaultCostOf, defaultEstimatePromptTokens } from '../../stable/default-estimators.js';
import type { EngineFactory } from './engine-factory.js';

/**
 * The real resilience engine. On reload with the same default-plan order the existing engine is
 * updated in place (`update(settings, routes)`), so circuit breakers and key cooldowns survive a
 * config change; gateway-side state (keys, limits, routes to resolve) still comes from the new
 * snapshot.
 */
export const defaultEngineFactory: EngineFactory = async ({ config, events, limiter, previous }) => {
  if (previous instanceof StableEngine && sameOrder(previous, config.serviceOrder)) {
    previous.update(config.settings, config.routes);
    return previous;
  }
  if (previous instanceof StableEngine) await previous.close();
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
  if (config.stores.redisUrl) {
    // Breaker trips and key cooldowns seen by one process/host apply to all of them at once.
    const { RedisHealthBus } = await import('../../resilience/redis-health-bus.js');
    engine.attachHealthBus(await RedisHealthBus.connect(config.stores.redisUrl, { prefix: config.stores.redisPrefix.replace(/rl:$/, '') }));
  }
  return engine;
};

const orders = new WeakMap<StableEngine, string>();

function sameOrder(engine: StableEngine, order: readonly string[]): boolean {
  return orders.get(engine) === order.join(',');
}
