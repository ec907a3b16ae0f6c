import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LimiterStore } from '../../resilience/limiter-store.js';
import { MemoryLimiterStore } from '../../resilience/memory-limiter-store.js';
import type { GatewayConfig } from '../config/gateway-config.js';

/**
 * Where limits live: Redis when configured (exact across hosts), a SQLite file when several
 * worker processes share one machine, else memory. Drivers load only when chosen.
 */
export async function openLimiterStore(
  config: GatewayConfig,
  options: { sharedOnHost: boolean },
): Promise<{ store: LimiterStore; kind: 'redis' | 'sqlite' | 'memory' }> {
  if (config.stores.redisUrl) {
    const [{ RedisLimiterStore }, { openRedisClient }] = await Promise.all([
      import('../../resilience/redis-limiter-store.js'),
      import('../../store/open-redis-client.js'),
    ]);
    const client = await openRedisClient(config.stores.redisUrl);
    return { store: new RedisLimiterStore({ client, ownsClient: true, prefix: config.stores.redisPrefix }), kind: 'redis' };
  }
  if (options.sharedOnHost && config.stores.sqlitePath !== ':memory:') {
    const { SqliteLimiterStore } = await import('../../resilience/sqlite-limiter-store.js');
    const dir = join(config.stores.sqlitePath, '..');
    mkdirSync(dir, { recursive: true });
    return { store: await SqliteLimiterStore.open(join(dir, 'stable-llm-limits.db')), kind: 'sqlite' };
  }
  return { store: new MemoryLimiterStore(), kind: 'memory' };
}
