import { createLLMError } from '../../errors/llm-error.js';
import { parseDuration, parseRetryAfter } from '../../errors/parse-retry-after.js';
import { RETRYABLE_KINDS } from '../../spec/error-kind.js';
import { isRecord } from '../shared/is-record.js';
const STATUS_KINDS = {
    RESOURCE_EXHAUSTED: 'rate_limit',
    UNAUTHENTICATED: 'auth',
    PERMISSION_DENIED: 'permission',
    NOT_FOUND: 'not_found',
    UNAVAILABLE: 'overloaded',
    INTERNAL: 'server',
    UNKNOWN: 'server',
    ABORTED: 'server',
    DEADLINE_EXCEEDED: 'timeout',
};
/**
 * Google API error → typed LLMError. Body `{"error":{"code","message","status","details":[…]}}`
 * (or a one-element array of it, as the non-SSE stream endpoint answers). The gRPC `status`
 * decides, refined by the message and `details`:
 * - RESOURCE_EXHAUSTED → rate_limit; the wait comes from `Retry-After` or else
 *   `RetryInfo.retryDelay` ("31s") in `details`;
 * - INVALID_ARGUMENT is also how a bad key is reported (`ErrorInfo.reason` API_KEY_INVALID,
 *   "API key not valid") → auth; a prompt over the token limit → context_length;
 * - FAILED_PRECONDITION "free tier is not available in your country / enable billing" →
 *   quota_exhausted: the key works but cannot be used without paying, like an empty balance,
 *   so it is a dead key for failover rather than a pause; other preconditions → permission;
 * - PERMISSION_DENIED for a leaked key or a call without a key → auth, otherwise permission.
 */
export function classifyGeminiError(response, provider) {
    let parsed;
    try {
        parsed = JSON.parse(response.bodyText);
    }
    catch {
        parsed = undefined;
    }
    return classifyParsedGeminiError(response.status, response.headers, parsed, response.bodyText, provider);
}
/** An `{error: …}` object inside a 200 body or an SSE chunk → typed LLMError (status from `code`). */
export function geminiBodyError(payload, provider) {
    const error = isRecord(payload) && isRecord(payload.error) ? payload.error : undefined;
    const status = typeof error?.code === 'number' ? error.code : 500;
    return classifyParsedGeminiError(status, {}, payload, undefined, provider);
}
function classifyParsedGeminiError(httpStatus, headers, parsed, bodyText, provider) {
    const root = Array.isArray(parsed) ? parsed[0] : parsed;
    const error = isRecord(root) && isRecord(root.error) ? root.error : undefined;
    const grpcStatus = typeof error?.status === 'string' ? error.status : undefined;
    const message = typeof error?.message === 'string' ? error.message : undefined;
    const details = Array.isArray(error?.details) ? error.details.filter(isRecord) : [];
    const detail = (type) => details.find((d) => typeof d['@type'] === 'string' && d['@type'].endsWith(type));
    const reasonValue = detail('google.rpc.ErrorInfo')?.reason;
    const reason = typeof reasonValue === 'string' ? reasonValue : undefined;
    const kind = kindFor(httpStatus, grpcStatus, message ?? '', reason);
    const retryAfterMs = RETRYABLE_KINDS.has(kind)
        ? (parseRetryAfter(headers) ?? parseRetryDelay(detail('google.rpc.RetryInfo')?.retryDelay))
        : undefined;
    const text = message ?? (bodyText ? bodyText.slice(0, 300) : 'no error body');
    return createLLMError({
        kind,
        provider,
        status: httpStatus,
        code: reason ?? grpcStatus,
        message: `${provider} ${httpStatus}${grpcStatus ? ` ${grpcStatus}` : ''}: ${text}`,
        retryAfterMs,
        body: parsed ?? (bodyText ? bodyText.slice(0, 1000) : undefined),
    });
}
function kindFor(httpStatus, grpcStatus, message, reason) {
    if (reason === 'API_KEY_INVALID' || /api key not valid|api key expired/i.test(message))
        return 'auth';
    switch (grpcStatus) {
        case 'INVALID_ARGUMENT':
            return isContextOverflow(message) ? 'context_length' : 'invalid_request';
        case 'FAILED_PRECONDITION':
            return /billing|free tier/i.test(message) ? 'quota_exhausted' : 'permission';
        case 'PERMISSION_DENIED':
            return /reported as leaked|unregistered callers/i.test(message) ? 'auth' : 'permission';
        default: {
            const byStatus = grpcStatus === undefined ? undefined : STATUS_KINDS[grpcStatus];
            if (byStatus)
                return byStatus;
        }
    }
    switch (httpStatus) {
        case 400:
            return isContextOverflow(message) ? 'context_length' : 'invalid_request';
        case 401:
            return 'auth';
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
            return 'overloaded';
        default:
            return httpStatus >= 500 ? 'server' : 'invalid_request';
    }
}
/** "The input token count (1234567) exceeds the maximum number of tokens allowed (1048576)." */
function isContextOverflow(message) {
    return /token count .*exceeds|exceeds the maximum number of tokens|maximum context length/i.test(message);
}
/** RetryInfo.retryDelay as proto JSON ("31s", "1.5s") or as a `{seconds, nanos}` object. */
function parseRetryDelay(value) {
    if (typeof value === 'string')
        return parseDuration(value);
    if (isRecord(value)) {
        const seconds = Number(value.seconds ?? 0);
        const nanos = Number(value.nanos ?? 0);
        if (Number.isFinite(seconds) && Number.isFinite(nanos))
            return seconds * 1000 + nanos / 1e6;
    }
    return undefined;
}
//# sourceMappingURL=classify-gemini-error.js.map