import { GatewayHttpError } from './http-error.js';
/**
 * Decides the HTTP answer for anything a handler threw. Upstream trouble never looks like the
 * caller's fault: a bad upstream key is a 502, not a 401 (the caller's gateway key is fine).
 * 429 only when every candidate was rate limited, so clients back off only when waiting helps.
 */
export declare function toGatewayHttpError(err: unknown): GatewayHttpError;
