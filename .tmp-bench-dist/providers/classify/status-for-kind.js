const STATUS = {
    rate_limit: 429,
    quota_exhausted: 402,
    auth: 401,
    permission: 403,
    not_found: 404,
    context_length: 400,
    content_policy: 400,
    invalid_request: 400,
    overloaded: 503,
    server: 500,
    timeout: 504,
    network: 502,
    aborted: 499,
};
/**
 * The HTTP status we report for an error that arrived inside an HTTP 200 (MiniMax `base_resp`, an
 * SSE error event), so SDK-style `err.status === 429` checks still work.
 */
export function statusForKind(kind) {
    return STATUS[kind];
}
//# sourceMappingURL=status-for-kind.js.map