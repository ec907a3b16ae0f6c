import type { RequestLogEntry } from './request-log-entry.js';
type Predicate = (requests: readonly RequestLogEntry[]) => boolean;
/**
 * The request log, plus waiters re-checked whenever an entry arrives or finishes. Bounded so a
 * benchmark run cannot grow it without limit; trimming happens in batches to stay O(1) amortised.
 */
export declare class RequestLog {
    private readonly maxEntries;
    readonly entries: RequestLogEntry[];
    private nextId;
    private readonly waiters;
    constructor(maxEntries: number);
    add(fields: Omit<RequestLogEntry, 'id' | 'aborted' | 'dropped'>): RequestLogEntry;
    /** Empties the log and restarts ids at 1, so a reset test sees the same ids every run. */
    clear(): void;
    /** Call after mutating an entry so waiters see it. */
    changed(): void;
    waitFor(predicate: Predicate, timeoutMs: number, what?: string): Promise<RequestLogEntry[]>;
}
export {};
