/**
 * Storage behind RateLimiter. Three implementations share these semantics exactly:
 * MemoryLimiterStore (one process), RedisLimiterStore (many gateway instances; atomic Lua,
 * Redis server time), SqliteLimiterStore (processes on one machine; IMMEDIATE transactions).
 *
 * Windows are sliding logs: an admitted cost counts while `now < admittedAt + windowMs`. Each
 * admission gets a ticket so TPM can later be corrected to real usage (`adjust`) without
 * shifting when that cost expires. Concurrency slots are leases with a TTL, so a crashed
 * instance cannot hold a slot forever.
 */
/** Sliding-window budget: RPM (cost 1), TPM (cost = tokens), RPD. */
export interface WindowLimit {
    type: 'window';
    key: string;
    limit: number;
    windowMs: number;
    /** Integer cost (rounded up). A cost above `limit` is admitted only into an empty window. */
    cost: number;
}
/** Concurrent-request semaphore. */
export interface SlotLimit {
    type: 'slot';
    key: string;
    max: number;
    /** Lease time after which an unreleased slot is reclaimed, ms. */
    ttlMs: number;
}
export type LimitRequest = WindowLimit | SlotLimit;
export interface AcquireAllResult {
    /** All requests admitted (all-or-nothing). */
    allowed: boolean;
    /** Index of the first request that did not fit; -1 when allowed. */
    deniedIndex: number;
    /**
     * When denied: ms until every denied window fits again (0 when only slots are busy: a slot
     * frees when someone releases, which no store can predict). 0 when allowed.
     */
    retryAfterMs: number;
    /** Per request: budget left after this call (allowed) or now (denied). */
    remaining: number[];
    /** Per request when allowed: window ticket or slot id (pass to adjust / releaseSlot). */
    tickets: string[];
}
export interface LimiterDecision {
    allowed: boolean;
    retryAfterMs: number;
    remaining: number;
    /** Present when allowed: the id to `adjust` / `refund` this admission. */
    ticket?: string;
}
export interface SlotDecision {
    allowed: boolean;
    /** Present when allowed: pass to `releaseSlot`. */
    slotId?: string;
    remaining: number;
}
export interface LimiterStore {
    /** Admits every request or none, atomically. */
    acquireAll(requests: readonly LimitRequest[]): Promise<AcquireAllResult>;
    /** Single window acquire (convenience over acquireAll). */
    acquire(key: string, options: {
        limit: number;
        windowMs: number;
        cost?: number;
    }): Promise<LimiterDecision>;
    /** Sets an admitted ticket's cost to `cost` (real usage); no-op once it has expired. */
    adjust(key: string, ticket: string, cost: number): Promise<void>;
    /** Gives an admission back entirely (request never sent). */
    refund(key: string, ticket: string): Promise<void>;
    acquireSlot(key: string, max: number, ttlMs?: number): Promise<SlotDecision>;
    releaseSlot(key: string, slotId: string): Promise<void>;
    /** Releases connections the store owns (not ones passed in by the caller). */
    close(): Promise<void>;
}
/** Default slot lease: longer than any sane LLM request, short enough to heal after a crash. */
export declare const DEFAULT_SLOT_TTL_MS: number;
/** Shared convenience methods so each store only implements the primitives. */
export declare abstract class BaseLimiterStore implements LimiterStore {
    abstract acquireAll(requests: readonly LimitRequest[]): Promise<AcquireAllResult>;
    abstract adjust(key: string, ticket: string, cost: number): Promise<void>;
    abstract releaseSlot(key: string, slotId: string): Promise<void>;
    abstract close(): Promise<void>;
    acquire(key: string, options: {
        limit: number;
        windowMs: number;
        cost?: number;
    }): Promise<LimiterDecision>;
    refund(key: string, ticket: string): Promise<void>;
    acquireSlot(key: string, max: number, ttlMs?: number): Promise<SlotDecision>;
}
/** Validates and normalises requests the same way for every store. */
export declare function normaliseRequests(requests: readonly LimitRequest[]): LimitRequest[];
/** Unique ticket / slot ids (process-unique prefix + counter): no collisions across instances. */
export declare function newTicketId(): string;
