/**
 * Provider-neutral error kinds a rule can ask for; each protocol renders its own native status and
 * body for them (Gemini `auth` is a 400 `API_KEY_INVALID`, Anthropic `overloaded` a 529, …).
 */
export const FAKE_ERROR_KINDS = [
    'auth',
    'permission',
    'not_found',
    'bad_request',
    'context_length',
    'rate_limit',
    'quota',
    'overloaded',
    'server',
    'timeout',
    'content_filter',
];
/** Maps a bare status from a rule to the kind whose native body fits it best. */
export function kindForStatus(status) {
    switch (status) {
        case 401:
            return 'auth';
        case 402:
            return 'quota';
        case 403:
            return 'permission';
        case 404:
            return 'not_found';
        case 408:
        case 504:
            return 'timeout';
        case 429:
            return 'rate_limit';
        case 503:
        case 529:
            return 'overloaded';
        default:
            return status >= 500 ? 'server' : 'bad_request';
    }
}
//# sourceMappingURL=fake-error-kind.js.map