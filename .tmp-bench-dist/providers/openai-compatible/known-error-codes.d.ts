import type { ErrorKind } from '../../spec/error-kind.js';
/**
 * String codes and types that name a failure exactly, from the vendor sections of
 * shared/providers.md. String codes do not collide across vendors, so one map serves all of them;
 * numeric business codes (Zhipu 1302 vs MiniMax 1002) live in vendor-error-tables.ts instead.
 */
export declare const KNOWN_ERROR_CODES: ReadonlyMap<string, ErrorKind>;
/** Code families matched by shape (Ark `RateLimitExceeded.EndpointRPMExceeded`, DashScope `Throttling.*`). */
export declare const ERROR_CODE_PATTERNS: ReadonlyArray<readonly [RegExp, ErrorKind]>;
/**
 * Generic categories that only say "bad request" or "server error". They are consulted after the
 * message, because the message refines them (Moonshot `invalid_request_error` "exceeded model token
 * limit" is context_length; DashScope `InvalidParameter` "Range of input length" likewise).
 */
export declare const GENERIC_ERROR_TYPES: ReadonlyMap<string, ErrorKind>;
export declare function knownCodeKind(code: string | undefined): ErrorKind | undefined;
