import type { RedisScriptClient } from '../resilience/redis-limiter-store.js';
/**
 * Connects to Redis for shared limits. ioredis is loaded only here. Fails fast (rather than
 * queueing commands forever) so a down Redis turns into a clear startup error.
 */
export declare function openRedisClient(url: string): Promise<RedisScriptClient & {
    disconnect(): void;
}>;
