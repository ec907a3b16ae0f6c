/**
 * Connects to Redis for shared limits. ioredis is loaded only here. Fails fast (rather than
 * queueing commands forever) so a down Redis turns into a clear startup error.
 */
export async function openRedisClient(url) {
    const mod = (await import('ioredis'));
    const client = new mod.default(url, { lazyConnect: true, maxRetriesPerRequest: 2, enableOfflineQueue: true, connectTimeout: 3000 });
    client.on('error', () => undefined);
    try {
        await client.connect();
    }
    catch (err) {
        client.disconnect();
        throw new Error(`cannot connect to Redis at ${url.replace(/\/\/[^@/]*@/, '//****@')}: ${err.message}`);
    }
    return client;
}
//# sourceMappingURL=open-redis-client.js.map