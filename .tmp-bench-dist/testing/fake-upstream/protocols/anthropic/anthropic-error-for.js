import { anthropicErrors } from '../../errors/anthropic-errors.js';
/** Anthropic's native error for each kind; a hinted message replaces the default text. */
export function anthropicErrorFor(kind, request, hints = {}) {
    const r = pickError(kind, request?.model || undefined);
    if (hints.message === undefined)
        return r;
    const body = r.body;
    return { ...r, body: { ...body, error: { ...body.error, message: hints.message } } };
}
function pickError(kind, model) {
    switch (kind) {
        case 'auth':
            return anthropicErrors.anthropicInvalidKey();
        case 'permission':
            return anthropicErrors.anthropicPermissionDenied();
        case 'not_found':
            return anthropicErrors.anthropicNotFound(model);
        case 'context_length':
            return anthropicErrors.anthropicPromptTooLong();
        case 'rate_limit':
            return anthropicErrors.anthropicRateLimit();
        case 'quota':
            return anthropicErrors.anthropicBillingError();
        case 'overloaded':
            return anthropicErrors.anthropicOverloaded();
        case 'server':
            return anthropicErrors.anthropicServerError();
        case 'timeout':
            return anthropicErrors.anthropicTimeout();
        case 'content_filter':
            return anthropicErrors.anthropicBadRequest('Output blocked by content filtering policy');
        default:
            return anthropicErrors.anthropicBadRequest();
    }
}
//# sourceMappingURL=anthropic-error-for.js.map