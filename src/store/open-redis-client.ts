import type { RedisScriptClient } from '../resilience/redis-limiter-store.js';

/**
 * Connects to Redis for shared limits. ioredis is loaded only here. Fails fast (rather than
 * queueing commands forever) so a down Redis turns into a clear startup error.
 */
export async function openRedisClient(url: string): Promise<RedisScriptClient & { disconnect(): void }> {
  const mod = (await import('ioredis')) as unknown as {
    default: new (
      url: string,
      options: Record<string, unknown>,
    ) => RedisScriptClient & { disconnect(): void; connect(): Promise<void>; on(e: string, f: (...a: unknown[]) => void): void };
  };
  const client = new mod.default(url, { lazyConnect: true, maxRetriesPerRequest: 2, enableOfflineQueue: true, connectTimeout: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (err) {
    client.disconnect();
    throw new Error(`cannot connect to Redis at ${url.replace(/\/\/[^@/]*@/, '//****@')}: ${(err as Error).message}`);
  }
  return client;
}
