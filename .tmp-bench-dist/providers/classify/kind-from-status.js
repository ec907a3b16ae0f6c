/**
 * Last-resort classification by HTTP status, used only when neither the body's code/type nor its
 * message said anything more specific. Returns undefined for non-error statuses.
 */
export function kindFromStatus(status) {
    switch (status) {
        case 401:
            return 'auth';
        case 402:
            return 'quota_exhausted';
        case 403:
            return 'permission';
        case 404:
            return 'not_found';
        case 408:
        case 504:
            return 'timeout';
        case 413:
            return 'invalid_request';
        case 429:
            return 'rate_limit';
        case 451:
            // StepFun uses 451 for moderation; it is also the generic "unavailable for legal reasons".
            return 'content_policy';
        case 503:
        case 529:
            return 'overloaded';
        default:
            if (status >= 500)
                return 'server';
            if (status >= 400)
                return 'invalid_request';
            return undefined;
    }
}
//# sourceMappingURL=kind-from-status.js.map