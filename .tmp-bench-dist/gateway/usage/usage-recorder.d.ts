import type { UsageStore } from '../../store/gateway-store.js';
import type { UsageRow } from '../../store/usage-row.js';
import type { GatewayLogger } from '../logging/create-logger.js';
export interface UsageRecorderOptions {
    store: UsageStore | undefined;
    logger: GatewayLogger;
    /** Flush at least this often, ms. Default 1000. */
    intervalMs?: number;
    /** Flush early once this many rows are waiting. Default 256. */
    batchSize?: number;
    /** Rows kept while the store is failing, before the oldest are dropped. Default 50 000. */
    maxPending?: number;
}
/**
 * Collects usage rows on the hot path (an array push) and writes them in batches from a timer,
 * so no request ever waits for the database. A failing store keeps rows (bounded) and retries on
 * the next tick; `close()` flushes everything that is left.
 */
export declare class UsageRecorder {
    private pending;
    private readonly store;
    private readonly logger;
    private readonly batchSize;
    private readonly maxPending;
    private readonly timer;
    private flushing;
    private scheduled;
    private closed;
    private dropped;
    private written;
    /** Called for every row as it is recorded (spend tracking, live admin views). */
    onRecord: ((row: UsageRow) => void) | undefined;
    constructor(options: UsageRecorderOptions);
    record(row: UsageRow): void;
    /** Writes everything pending now (one flush at a time). */
    flush(): Promise<void>;
    /** USD per key in rows not yet written (spend refreshes add these to the store's totals). */
    pendingSpend(): Map<string, number>;
    stats(): {
        pending: number;
        written: number;
        dropped: number;
    };
    /** Stops the timer and flushes what is left (one retry if the first flush failed). */
    close(): Promise<void>;
}
