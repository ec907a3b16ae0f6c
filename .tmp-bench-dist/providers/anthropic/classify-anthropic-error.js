import { createLLMError } from '../../errors/llm-error.js';
import { parseRetryAfter } from '../../errors/parse-retry-after.js';
import { RETRYABLE_KINDS } from '../../spec/error-kind.js';
import { isRecord } from '../shared/is-record.js';
/** The HTTP status each Anthropic error type is documented with; used for in-stream errors. */
export const ANTHROPIC_ERROR_STATUS = {
    invalid_request_error: 400,
    authentication_error: 401,
    billing_error: 402,
    permission_error: 403,
    not_found_error: 404,
    conflict_error: 409,
    request_too_large: 413,
    rate_limit_error: 429,
    api_error: 500,
    timeout_error: 504,
    overloaded_error: 529,
};
const TYPE_KINDS = {
    overloaded_error: 'overloaded',
    billing_error: 'quota_exhausted',
    authentication_error: 'auth',
    permission_error: 'permission',
    not_found_error: 'not_found',
    request_too_large: 'invalid_request',
    api_error: 'server',
    timeout_error: 'timeout',
    // A conflict is transient (concurrent mutation upstream); official SDKs retry 409.
    conflict_error: 'server',
};
/**
 * Anthropic error → typed LLMError. Body shape `{"type":"error","error":{"type","message"},
 * "request_id"}`; the error type decides, the message refines `invalid_request_error` (context
 * overflow, self-set spend limits, low credit, output filtering), and the status decides for
 * bodies that are not Anthropic JSON (proxies, load balancers).
 */
export function classifyAnthropicError(response, provider) {
    let parsed;
    try {
        parsed = JSON.parse(response.bodyText);
    }
    catch {
        parsed = undefined;
    }
    return classifyParsedAnthropicError(response.status, response.headers, parsed, response.bodyText, provider);
}
/** An `event: error` payload inside a 200 stream → typed LLMError with the type's usual status. */
export function anthropicStreamError(payload, provider) {
    const type = isRecord(payload) && isRecord(payload.error) ? payload.error.type : undefined;
    const status = (typeof type === 'string' ? ANTHROPIC_ERROR_STATUS[type] : undefined) ?? 500;
    return classifyParsedAnthropicError(status, {}, payload, undefined, provider);
}
function classifyParsedAnthropicError(status, headers, parsed, bodyText, provider) {
    const error = isRecord(parsed) && isRecord(parsed.error) ? parsed.error : undefined;
    const type = typeof error?.type === 'string' ? error.type : undefined;
    const message = typeof error?.message === 'string' ? error.message : undefined;
    const detailCode = isRecord(error?.details) && typeof error.details.error_code === 'string' ? error.details.error_code : undefined;
    const kind = kindFor(status, type, message, detailCode);
    const headerId = headers['request-id'];
    const bodyId = isRecord(parsed) && typeof parsed.request_id === 'string' ? parsed.request_id : undefined;
    const requestId = (Array.isArray(headerId) ? headerId[0] : headerId) ?? bodyId;
    const text = message ?? (bodyText ? bodyText.slice(0, 300) : 'no error body');
    return createLLMError({
        kind,
        provider,
        status,
        code: detailCode ?? type,
        message: `${provider} ${status}${type ? ` ${type}` : ''}: ${text}`,
        // A spend-cap 429 carries no useful wait; only retryable kinds read Retry-After.
        retryAfterMs: RETRYABLE_KINDS.has(kind) ? parseRetryAfter(headers) : undefined,
        requestId,
        body: parsed ?? (bodyText ? bodyText.slice(0, 1000) : undefined),
    });
}
function kindFor(status, type, message, detailCode) {
    // The monthly tier spend cap arrives as a 429 rate_limit_error, but waiting will not help.
    if (detailCode === 'enforced_spend_limit_reached')
        return 'quota_exhausted';
    if (type === 'rate_limit_error')
        return 'rate_limit';
    if (type === 'invalid_request_error')
        return kindForInvalidRequest(message);
    const byType = type === undefined ? undefined : TYPE_KINDS[type];
    return byType ?? kindForStatus(status);
}
function kindForInvalidRequest(message) {
    if (!message)
        return 'invalid_request';
    if (/prompt is too long|exceed(?:s|ed)? (?:the )?context (?:limit|window)|context length/i.test(message))
        return 'context_length';
    // Low credit and the org/workspace spend limits users set come back as 400 invalid_request_error.
    if (/credit balance is too low|specified api usage limits|spend(?:ing)? limit/i.test(message))
        return 'quota_exhausted';
    if (/content filtering policy/i.test(message))
        return 'content_policy';
    return 'invalid_request';
}
function kindForStatus(status) {
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
        case 429:
            return 'rate_limit';
        case 503:
        case 529:
            return 'overloaded';
        default:
            return status >= 500 ? 'server' : 'invalid_request';
    }
}
//# sourceMappingURL=classify-anthropic-error.js.map