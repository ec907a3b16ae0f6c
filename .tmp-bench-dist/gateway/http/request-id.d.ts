import type { IncomingMessage } from 'node:http';
/** The caller's `x-request-id` when it is sane (so ids correlate across proxies), else a new UUID. */
export declare function requestIdFor(req: IncomingMessage): string;
