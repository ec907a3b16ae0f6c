import type BetterSqlite3 from 'better-sqlite3';
import { type Clock } from './clock.js';
import { type AcquireAllResult, BaseLimiterStore, type LimitRequest } from './limiter-store.js';
export interface SqliteLimiterStoreOptions {
    /** An open better-sqlite3 database (the caller keeps ownership). */
    db: BetterSqlite3.Database;
    /** Table name prefix. Default `rl_`. */
    tablePrefix?: string;
    /** Time source; processes sharing the file share the machine clock. */
    clock?: Clock;
    /** Whether close() closes the database. Default false. */
    ownsDb?: boolean;
}
/**
 * SQLite store: limits shared by every process on one machine that opens the same file (CLI runs,
 * workers, a restarted gateway) and surviving restarts. Each acquireAll is one BEGIN IMMEDIATE
 * transaction, which takes the write lock up front, so concurrent processes serialize instead of
 * deadlocking on a read→write upgrade. better-sqlite3 is synchronous: each call blocks the event
 * loop for its few microseconds of work, which is why memory stays the default.
 */
export declare class SqliteLimiterStore extends BaseLimiterStore {
    private readonly db;
    private readonly clock;
    private readonly ownsDb;
    private readonly acquireTx;
    private readonly stmt;
    constructor(options: SqliteLimiterStoreOptions);
    /** Opens (or creates) a database file with WAL and a busy timeout; close() closes it. */
    static open(path: string, options?: {
        tablePrefix?: string;
        clock?: Clock;
    }): Promise<SqliteLimiterStore>;
    acquireAll(requests: readonly LimitRequest[]): Promise<AcquireAllResult>;
    adjust(key: string, ticket: string, cost: number): Promise<void>;
    releaseSlot(key: string, slotId: string): Promise<void>;
    close(): Promise<void>;
    private acquireInTx;
}
