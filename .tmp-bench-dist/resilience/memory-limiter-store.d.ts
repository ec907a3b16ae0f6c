import { type Clock } from './clock.js';
import { type AcquireAllResult, BaseLimiterStore, type LimitRequest } from './limiter-store.js';
/**
 * In-process store: exact sliding windows and slots. Every operation is synchronous inside, so
 * acquireAll is atomic across all its requests without locks. The default store.
 */
export declare class MemoryLimiterStore extends BaseLimiterStore {
    private readonly windows;
    private readonly slots;
    private readonly clock;
    constructor(options?: {
        clock?: Clock;
    });
    acquireAll(requests: readonly LimitRequest[]): Promise<AcquireAllResult>;
    /** Synchronous variant (callers on a hot path can skip the microtask). */
    acquireAllSync(requests: readonly LimitRequest[]): AcquireAllResult;
    adjust(key: string, ticket: string, cost: number): Promise<void>;
    releaseSlot(key: string, slotId: string): Promise<void>;
    close(): Promise<void>;
    private window;
    private slotMap;
}
