import type { EngineFactory } from './engine-factory.js';
/**
 * The real resilience engine. On reload with the same default-plan order the existing engine is
 * updated in place (`update(settings, routes)`), so circuit breakers and key cooldowns survive a
 * config change; gateway-side state (keys, limits, routes to resolve) still comes from the new
 * snapshot.
 */
export declare const defaultEngineFactory: EngineFactory;
