import type { RequestContext } from './request-context.js';
/**
 * Server-Sent Events on a node:http response with backpressure: `write` returns false when the
 * socket buffer is full, and `drain()` waits for room (or for the client to leave), so a slow
 * reader never makes the gateway buffer a whole answer in memory.
 */
export declare class SseWriter {
    private readonly ctx;
    private waiter;
    constructor(ctx: RequestContext);
    /** Sends the status line and headers now (proxies see the stream start at once). */
    start(headers: Record<string, string>): void;
    /** Writes raw SSE text (one or more complete events). False = wait for drain() before more. */
    write(text: string): boolean;
    /** Resolves when the socket can take more, or the client is gone. */
    drain(): Promise<void>;
    end(text?: string): void;
}
