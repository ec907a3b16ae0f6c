import { RETRYABLE_KINDS } from '../spec/error-kind.js';
/**
 * Every failure the library reports. `kind` drives failover decisions in microseconds; `status`
 * mirrors the upstream HTTP status (or the one we chose) so SDK-style `err.status === 429` checks
 * keep working.
 */
export class LLMError extends Error {
    kind;
    provider;
    status;
    code;
    retryable;
    retryAfterMs;
    requestId;
    body;
    constructor(init) {
        super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
        this.name = 'LLMError';
        this.kind = init.kind;
        this.provider = init.provider;
        this.status = init.status;
        this.code = init.code;
        this.retryable = init.retryable ?? RETRYABLE_KINDS.has(init.kind);
        this.retryAfterMs = init.retryAfterMs;
        this.requestId = init.requestId;
        this.body = init.body;
    }
    toJSON() {
        return {
            name: this.name,
            kind: this.kind,
            message: this.message,
            provider: this.provider,
            status: this.status,
            code: this.code,
            retryable: this.retryable,
            retryAfterMs: this.retryAfterMs,
            requestId: this.requestId,
        };
    }
}
export class RateLimitError extends LLMError {
    constructor(init) {
        super({ ...init, kind: 'rate_limit' });
        this.name = 'RateLimitError';
    }
}
export class QuotaExhaustedError extends LLMError {
    constructor(init) {
        super({ ...init, kind: 'quota_exhausted' });
        this.name = 'QuotaExhaustedError';
    }
}
export class AuthenticationError extends LLMError {
    constructor(init) {
        super({ ...init, kind: 'auth' });
        this.name = 'AuthenticationError';
    }
}
export class TimeoutError extends LLMError {
    constructor(init) {
        super({ ...init, kind: 'timeout' });
        this.name = 'TimeoutError';
    }
}
export class AbortedError extends LLMError {
    constructor(init) {
        super({ ...init, kind: 'aborted', retryable: false });
        this.name = 'AbortedError';
    }
}
/** Builds the most specific error class for a kind. */
export function createLLMError(init) {
    switch (init.kind) {
        case 'rate_limit':
            return new RateLimitError(init);
        case 'quota_exhausted':
            return new QuotaExhaustedError(init);
        case 'auth':
            return new AuthenticationError(init);
        case 'timeout':
            return new TimeoutError(init);
        case 'aborted':
            return new AbortedError(init);
        default:
            return new LLMError(init);
    }
}
export function isLLMError(value) {
    return value instanceof LLMError;
}
//# sourceMappingURL=llm-error.js.map