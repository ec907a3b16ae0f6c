import type { IncomingHttpHeaders } from 'node:http';
/** One request the fake received (control API calls excluded). Updated in place as it completes. */
export interface RequestLogEntry {
    /** 1-based, in arrival order. */
    id: number;
    /** Handler name, or `unknown` when no protocol matched the route. */
    protocol: string;
    operation: string;
    method: string;
    path: string;
    /** Raw query string without `?` (`alt=sse&key=…`), empty when none. */
    query: string;
    model: string | undefined;
    stream: boolean;
    apiKey: string | undefined;
    headers: IncomingHttpHeaders;
    /** Parsed JSON body; the raw text when it was not JSON; undefined when empty. */
    body: unknown;
    /** `Date.now()` when the request body had been read. */
    receivedAt: number;
    /** Name or id of the rule that shaped the response. */
    matchedRule?: string;
    /** HTTP status sent, once the status line went out. */
    status?: number;
    /** `Date.now()` when the response finished, was dropped, or the client left. */
    finishedAt?: number;
    /** The client closed the connection before the response was complete. */
    aborted: boolean;
    /** The fake destroyed the socket on purpose (`dropAfterChunks`). */
    dropped: boolean;
}
