/** The error taxonomy every provider failure is classified into. */
export declare const ERROR_KINDS: readonly ["rate_limit", "quota_exhausted", "auth", "permission", "not_found", "context_length", "content_policy", "invalid_request", "overloaded", "server", "timeout", "network", "aborted"];
export type ErrorKind = (typeof ERROR_KINDS)[number];
/** Kinds worth another try (same or other target) by default. */
export declare const RETRYABLE_KINDS: ReadonlySet<ErrorKind>;
