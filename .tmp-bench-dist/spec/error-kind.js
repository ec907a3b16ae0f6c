/** The error taxonomy every provider failure is classified into. */
export const ERROR_KINDS = [
    'rate_limit',
    'quota_exhausted',
    'auth',
    'permission',
    'not_found',
    'context_length',
    'content_policy',
    'invalid_request',
    'overloaded',
    'server',
    'timeout',
    'network',
    'aborted',
];
/** Kinds worth another try (same or other target) by default. */
export const RETRYABLE_KINDS = new Set([
    'rate_limit',
    'overloaded',
    'server',
    'timeout',
    'network',
]);
//# sourceMappingURL=error-kind.js.map