import type { LimiterStore } from '../../resilience/limiter-store.js';
import type { GatewayConfig } from '../config/gateway-config.js';
/**
 * Where limits live: Redis when configured (exact across hosts), a SQLite file when several
 * worker processes share one machine, else memory. Drivers load only when chosen.
 */
export declare function openLimiterStore(config: GatewayConfig, options: {
    sharedOnHost: boolean;
}): Promise<{
    store: LimiterStore;
    kind: 'redis' | 'sqlite' | 'memory';
}>;
