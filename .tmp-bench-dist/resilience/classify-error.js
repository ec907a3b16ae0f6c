import { LLMError } from '../errors/llm-error.js';
import { parseRetryAfter } from '../errors/parse-retry-after.js';
const QUOTA_MARKERS = /insufficient_quota|quota[_ ]exceeded|exceeded your current quota|billing|余额不足|已欠费|欠费|credit balance/i;
const CONTEXT_MARKERS = /context[_ ]length|context window|maximum context|too many tokens|prompt is too long|token limit/i;
const NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EPIPE',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'ERR_STREAM_PREMATURE_CLOSE',
    'ECONNABORTED',
]);
const TIMEOUT_CODES = new Set([
    'ETIMEDOUT',
    'ESOCKETTIMEDOUT',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'ERR_TIMEOUT',
]);
/**
 * Classifies anything thrown by user code or an SDK: our LLMError as is; official SDK errors
 * (openai, @anthropic-ai/sdk, @google/genai) by `status`, `code`/`type` and their `headers`
 * (a `Headers` object or a plain record) for Retry-After; AbortError / TimeoutError DOMExceptions;
 * Node/undici network codes. Unknown errors are `server` (retryable, trips breakers) — safer than
 * silently treating an unknown failure as the caller's fault.
 */
export function classifyError(err, now = Date.now()) {
    if (err instanceof LLMError) {
        return {
            kind: err.kind,
            status: err.status,
            code: err.code,
            message: err.message,
            retryAfterMs: err.retryAfterMs,
        };
    }
    const e = typeof err === 'object' && err !== null ? err : {};
    const message = err instanceof Error ? err.message : typeof err === 'string' ? err : String(err);
    const status = numberOf(e.status) ?? numberOf(e.statusCode) ?? numberOf(e.response?.status);
    const code = codeOf(e);
    const retryAfterMs = retryAfterOf(e, now);
    const base = { status, code, message, retryAfterMs };
    // SDK error classes often keep name "Error"; their constructor names are stable API.
    const ctor = err instanceof Error ? err.constructor.name : '';
    const name = err instanceof Error ? (err.name !== 'Error' ? err.name : ctor) : '';
    const haystack = `${code ?? ''} ${typeOf(e) ?? ''} ${message}`;
    if (name === 'AbortError' || name === 'APIUserAbortError')
        return { ...base, kind: 'aborted' };
    if (name === 'TimeoutError' || name === 'APIConnectionTimeoutError')
        return { ...base, kind: 'timeout' };
    if (name === 'APIConnectionError' || name === 'FetchError')
        return { ...base, kind: 'network' };
    if (status === undefined) {
        if (code !== undefined && TIMEOUT_CODES.has(code))
            return { ...base, kind: 'timeout' };
        if (code !== undefined && NETWORK_CODES.has(code))
            return { ...base, kind: 'network' };
        const causeCode = codeOf(e.cause ?? {});
        if (causeCode !== undefined && TIMEOUT_CODES.has(causeCode))
            return { ...base, kind: 'timeout' };
        if (causeCode !== undefined && NETWORK_CODES.has(causeCode))
            return { ...base, kind: 'network' };
        if (err instanceof TypeError && /fetch failed|network/i.test(message))
            return { ...base, kind: 'network' };
        return { ...base, kind: 'server' };
    }
    if (status === 429) {
        return { ...base, kind: QUOTA_MARKERS.test(haystack) ? 'quota_exhausted' : 'rate_limit' };
    }
    if (status === 401)
        return { ...base, kind: 'auth' };
    if (status === 402)
        return { ...base, kind: 'quota_exhausted' };
    if (status === 403)
        return { ...base, kind: QUOTA_MARKERS.test(haystack) ? 'quota_exhausted' : 'permission' };
    if (status === 404)
        return { ...base, kind: 'not_found' };
    if (status === 408)
        return { ...base, kind: 'timeout' };
    if (status === 413)
        return { ...base, kind: 'context_length' };
    if (status === 400 || status === 422) {
        return { ...base, kind: CONTEXT_MARKERS.test(haystack) ? 'context_length' : 'invalid_request' };
    }
    if (status === 503 || status === 529)
        return { ...base, kind: 'overloaded' };
    if (status === 504)
        return { ...base, kind: 'timeout' };
    if (status >= 500)
        return { ...base, kind: 'server' };
    if (status >= 400)
        return { ...base, kind: 'invalid_request' };
    return { ...base, kind: 'server' };
}
function numberOf(v) {
    if (typeof v === 'number' && Number.isFinite(v))
        return v;
    if (typeof v === 'string' && /^\d{3}$/.test(v))
        return Number(v);
    return undefined;
}
function codeOf(e) {
    const inner = e.error;
    const nested = inner && typeof inner === 'object' ? inner.error : undefined;
    for (const v of [e.code, inner?.code, nested?.code]) {
        if (typeof v === 'string' && v !== '')
            return v;
        if (typeof v === 'number')
            return String(v);
    }
    return undefined;
}
function typeOf(e) {
    const inner = e.error;
    const nested = inner && typeof inner === 'object' ? inner.error : undefined;
    for (const v of [e.type, inner?.type, nested?.type, inner?.status]) {
        if (typeof v === 'string' && v !== '')
            return v;
    }
    return undefined;
}
function retryAfterOf(e, now) {
    const own = numberOf(e.retryAfterMs);
    if (own !== undefined)
        return own;
    const headers = e.headers ?? e.response?.headers;
    const record = headersToRecord(headers);
    return record === undefined ? undefined : parseRetryAfter(record, now);
}
/** Accepts a WHATWG `Headers`, a Map-like with `get`, or a plain object; names lower-cased. */
export function headersToRecord(headers) {
    if (headers === null || typeof headers !== 'object')
        return undefined;
    const out = {};
    const h = headers;
    if (typeof Headers !== 'undefined' && headers instanceof Headers) {
        headers.forEach((value, name) => {
            out[name.toLowerCase()] = value;
        });
        return out;
    }
    if (typeof h.get === 'function' && typeof h.forEach === 'function') {
        h.forEach((value, name) => {
            if (typeof name === 'string' && value !== undefined)
                out[name.toLowerCase()] = String(value);
        });
        return out;
    }
    for (const [name, value] of Object.entries(headers)) {
        if (typeof value === 'string')
            out[name.toLowerCase()] = value;
        else if (typeof value === 'number')
            out[name.toLowerCase()] = String(value);
        else if (Array.isArray(value) && typeof value[0] === 'string')
            out[name.toLowerCase()] = value[0];
    }
    return out;
}
//# sourceMappingURL=classify-error.js.map