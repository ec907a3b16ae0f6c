import type { ErrorKind } from '../../spec/error-kind.js';
/**
 * The HTTP status we report for an error that arrived inside an HTTP 200 (MiniMax `base_resp`, an
 * SSE error event), so SDK-style `err.status === 429` checks still work.
 */
export declare function statusForKind(kind: ErrorKind): number;
