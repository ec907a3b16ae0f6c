import type { ServerResponse } from 'node:http';
import type { RequestLog } from './request-log.js';
import type { RequestLogEntry } from './request-log-entry.js';
/**
 * One request/response pair and its log entry. Owns the abort bookkeeping: a response closed
 * before it finished is an abort by the client, unless the fake dropped it or is shutting down.
 */
export declare class Exchange {
    readonly res: ServerResponse;
    readonly entry: RequestLogEntry;
    private closed;
    constructor(res: ServerResponse, entry: RequestLogEntry, log: RequestLog, shuttingDown: () => boolean);
    get open(): boolean;
    writeHead(status: number, headers: Record<string, string | number>): void;
    /** Resolves true after `ms`, or false as soon as the client goes away. */
    pause(ms: number): Promise<boolean>;
    /**
     * Kills the connection mid-response, as a crashing upstream or a dead proxy would. Ends the
     * socket rather than destroying it so what was already written (headers, first frames) is
     * flushed first; the body's terminator never comes, so the client sees a cut-off response.
     */
    drop(): void;
}
