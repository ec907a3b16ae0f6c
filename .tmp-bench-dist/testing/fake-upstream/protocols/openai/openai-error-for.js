import { openaiErrors } from '../../errors/openai-errors.js';
/** OpenAI's native error for each kind; a hinted message replaces the default text. */
export function openaiErrorFor(kind, request, hints = {}) {
    const r = pickError(kind, request?.model || undefined);
    if (hints.message !== undefined) {
        const body = r.body;
        return { ...r, body: { error: { ...body.error, message: hints.message } } };
    }
    return r;
}
function pickError(kind, model) {
    switch (kind) {
        case 'auth':
            return openaiErrors.openaiInvalidKey();
        case 'permission':
            return openaiErrors.openaiPermissionDenied();
        case 'not_found':
            return openaiErrors.openaiModelNotFound(model);
        case 'context_length':
            return openaiErrors.openaiContextLength();
        case 'rate_limit':
            return openaiErrors.openaiRateLimit({ model });
        case 'quota':
            return openaiErrors.openaiInsufficientQuota();
        case 'overloaded':
            return openaiErrors.openaiOverloaded();
        case 'server':
            return openaiErrors.openaiServerError();
        case 'timeout':
            return openaiErrors.openaiTimeout();
        case 'content_filter':
            return openaiErrors.openaiContentPolicy();
        default:
            return openaiErrors.openaiBadRequest();
    }
}
//# sourceMappingURL=openai-error-for.js.map