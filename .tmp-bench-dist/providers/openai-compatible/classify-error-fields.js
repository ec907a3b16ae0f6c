import { createLLMError } from '../../errors/llm-error.js';
import { parseRetryAfter } from '../../errors/parse-retry-after.js';
import { classifyErrorMessage, STRONG_MESSAGE_KINDS } from '../classify/classify-error-message.js';
import { kindFromStatus } from '../classify/kind-from-status.js';
import { maskSecrets, mayContainSecret } from '../classify/mask-secrets.js';
import { parseResetTime } from '../classify/parse-reset-time.js';
import { requestIdFromHeaders } from '../classify/request-id-from-headers.js';
import { retryDelayFromDetails } from '../classify/retry-delay-from-details.js';
import { statusForKind } from '../classify/status-for-kind.js';
import { GENERIC_ERROR_TYPES, knownCodeKind } from './known-error-codes.js';
import { vendorErrorTable } from './vendor-error-tables.js';
/** Kinds where a provider-given wait (Retry-After, rate-window reset headers) means something. */
const WAITABLE = new Set(['rate_limit', 'overloaded', 'server', 'timeout']);
const FREE_QUOTA = /free/i;
/**
 * The classification pipeline, most specific signal first:
 * vendor numeric code → known string code/type → status-specific refinements → message wording
 * (English + Chinese) → vendor status overrides → generic types → HTTP status.
 * Only map lookups and a handful of precompiled regex tests: microseconds per error.
 */
export function classifyErrorFields(input) {
    const { fields, headers } = input;
    const status = input.status >= 400 ? input.status : (fields.status ?? input.status);
    const table = vendorErrorTable(input.provider, input.quirks, fields.envelope);
    let kind = (fields.code !== undefined ? table?.codes.get(fields.code) : undefined) ?? knownCodeKind(fields.code) ?? knownCodeKind(fields.type);
    if (kind === 'rate_limit') {
        // Groq answers 413 `rate_limit_exceeded` when one request alone exceeds the per-minute token
        // budget: waiting cannot help, only a target with a larger window can.
        if (status === 413)
            kind = 'context_length';
        // DashScope reuses Throttling.AllocationQuota for "Free allocated quota exceeded".
        else if (fields.code === 'Throttling.AllocationQuota' && FREE_QUOTA.test(fields.message ?? '')) {
            kind = 'quota_exhausted';
        }
    }
    if (kind === undefined && status === 402) {
        // OpenRouter's in-flight budget 402 names its limit_source and comes with Retry-After: a pause.
        const waitable = fields.metadata?.limit_source !== undefined && headers['retry-after'] !== undefined;
        kind = waitable ? 'rate_limit' : 'quota_exhausted';
    }
    const statusKind = kindFromStatus(status);
    const informativeStatus = statusKind !== undefined && statusKind !== 'invalid_request' && statusKind !== 'server';
    if (kind === undefined) {
        const messageKind = classifyErrorMessage(fields.message);
        if (messageKind !== undefined && (STRONG_MESSAGE_KINDS.has(messageKind) || !informativeStatus))
            kind = messageKind;
    }
    // A generic type ("server_error", "invalid_request_error") only refines a status that says
    // little itself; DeepSeek's 503 "server_error" is still an overload.
    kind ??=
        table?.statuses?.get(status) ??
            (informativeStatus ? statusKind : undefined) ??
            (fields.code !== undefined ? GENERIC_ERROR_TYPES.get(fields.code) : undefined) ??
            (fields.type !== undefined ? GENERIC_ERROR_TYPES.get(fields.type) : undefined) ??
            statusKind ??
            'server';
    let retryAfterMs;
    if (WAITABLE.has(kind)) {
        retryAfterMs = parseRetryAfter(headers, input.now) ?? retryDelayFromDetails(fields.details);
    }
    else if (fields.code !== undefined && table?.resetInMessage?.has(fields.code)) {
        // A usage cap with a printed reset time (Zhipu 1308): the key is dead until then, not for good.
        // Rate-window headers are ignored for quota errors; they say nothing about the balance.
        retryAfterMs = parseResetTime(fields.message, input.now);
    }
    const code = fields.code ?? fields.type;
    const reportedStatus = status >= 400 ? status : statusForKind(kind);
    let message = fields.message ?? `HTTP ${status}`;
    let body = input.body;
    if (mayContainSecret(message)) {
        message = maskSecrets(message);
        body = undefined; // the raw body echoes the same key; drop it rather than deep-mask it
    }
    return createLLMError({
        kind,
        message: `${input.provider} ${reportedStatus}${code !== undefined ? ` ${code}` : ''}: ${message}`,
        provider: input.provider,
        status: reportedStatus,
        code,
        retryAfterMs,
        requestId: fields.requestId ?? requestIdFromHeaders(headers),
        body,
    });
}
//# sourceMappingURL=classify-error-fields.js.map