const ANTHROPIC_TYPES = {
    400: 'invalid_request_error',
    401: 'authentication_error',
    402: 'billing_error',
    403: 'permission_error',
    404: 'not_found_error',
    405: 'invalid_request_error',
    413: 'request_too_large',
    415: 'invalid_request_error',
    429: 'rate_limit_error',
    504: 'timeout_error',
    529: 'overloaded_error',
};
/** OpenAI wire error: `{error:{message,type,param,code}}` (+ attempts when useful). */
export function renderOpenAIError(err) {
    const error = { message: err.message, type: err.type, param: err.param, code: err.code };
    if (err.detail)
        Object.assign(error, err.detail);
    return { error };
}
/** The status an Anthropic client expects: overloaded is 529 there. */
export function anthropicStatus(err) {
    return err.kind === 'overloaded' ? 529 : err.status;
}
/** Anthropic wire error: `{type:"error",error:{type,message},request_id}`. */
export function renderAnthropicError(err, requestId) {
    const status = anthropicStatus(err);
    const type = ANTHROPIC_TYPES[status] ?? (status >= 500 ? 'api_error' : 'invalid_request_error');
    return { type: 'error', error: { type, message: err.message }, request_id: requestId };
}
//# sourceMappingURL=render-error-body.js.map