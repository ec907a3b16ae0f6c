import type { UsageStore } from '../../store/gateway-store.js';
import type { Caller } from '../auth/caller.js';
/**
 * USD spent per gateway key, for budgets. Seeded from the usage log at start, kept current by
 * every recorded row, and re-read from the store periodically so instances sharing a database
 * converge on each other's spend.
 */
export declare class SpendTracker {
    private readonly spent;
    add(keyId: string | null, usd: number): void;
    get(keyId: string): number;
    /** Throws 429 insufficient_quota once a key's budget is used up. */
    check(caller: Caller): void;
    /**
     * Replaces totals with the store's (which include rows flushed by other instances) plus rows
     * recorded here but not yet written. Call right after a usage flush.
     */
    refresh(store: UsageStore | undefined, pendingLocal?: Map<string, number>): Promise<void>;
}
