import { type AcquireAllResult, BaseLimiterStore, type LimitRequest } from './limiter-store.js';
/**
 * The two ioredis methods the store needs. Typed structurally so this module never imports
 * ioredis: pass any client (ioredis Redis / Cluster) or let `RedisLimiterStore.connect` load it
 * with a dynamic import.
 */
export interface RedisScriptClient {
    evalsha(sha1: string, numkeys: number, ...args: (string | number)[]): Promise<unknown>;
    eval(script: string, numkeys: number, ...args: (string | number)[]): Promise<unknown>;
    quit(): Promise<unknown>;
}
export interface RedisLimiterStoreOptions {
    client: RedisScriptClient;
    /**
     * Prefix of every key. For Redis Cluster include a hash tag (`{stable-llm}:rl:`) so one
     * acquireAll's keys share a slot, as multi-key scripts require.
     */
    prefix?: string;
    /** Whether close() quits the client (true when the store created it). Default false. */
    ownsClient?: boolean;
}
/**
 * Redis store: limits shared exactly by every gateway instance. One EVALSHA per acquireAll
 * (all scopes in one round trip, atomically), Redis server time, keys expire on their own.
 */
export declare class RedisLimiterStore extends BaseLimiterStore {
    private readonly client;
    private readonly prefix;
    private readonly ownsClient;
    constructor(options: RedisLimiterStoreOptions);
    /** Opens its own ioredis connection (loaded on demand); close() quits it. */
    static connect(url: string, options?: {
        prefix?: string;
    }): Promise<RedisLimiterStore>;
    acquireAll(requests: readonly LimitRequest[]): Promise<AcquireAllResult>;
    adjust(key: string, ticket: string, cost: number): Promise<void>;
    releaseSlot(key: string, slotId: string): Promise<void>;
    close(): Promise<void>;
    private windowKey;
    private costKey;
    private slotKey;
    private run;
}
