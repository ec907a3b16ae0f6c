import { type ErrorKind } from '../spec/error-kind.js';
export interface LLMErrorInit {
    kind: ErrorKind;
    message: string;
    provider?: string;
    status?: number;
    code?: string;
    retryable?: boolean;
    retryAfterMs?: number;
    requestId?: string;
    /** Parsed upstream error body, secrets never included. */
    body?: unknown;
    cause?: unknown;
}
/**
 * Every failure the library reports. `kind` drives failover decisions in microseconds; `status`
 * mirrors the upstream HTTP status (or the one we chose) so SDK-style `err.status === 429` checks
 * keep working.
 */
export declare class LLMError extends Error {
    readonly kind: ErrorKind;
    readonly provider: string | undefined;
    readonly status: number | undefined;
    readonly code: string | undefined;
    readonly retryable: boolean;
    readonly retryAfterMs: number | undefined;
    readonly requestId: string | undefined;
    readonly body: unknown;
    constructor(init: LLMErrorInit);
    toJSON(): Record<string, unknown>;
}
export declare class RateLimitError extends LLMError {
    constructor(init: Omit<LLMErrorInit, 'kind'>);
}
export declare class QuotaExhaustedError extends LLMError {
    constructor(init: Omit<LLMErrorInit, 'kind'>);
}
export declare class AuthenticationError extends LLMError {
    constructor(init: Omit<LLMErrorInit, 'kind'>);
}
export declare class TimeoutError extends LLMError {
    constructor(init: Omit<LLMErrorInit, 'kind'>);
}
export declare class AbortedError extends LLMError {
    constructor(init: Omit<LLMErrorInit, 'kind'>);
}
/** Builds the most specific error class for a kind. */
export declare function createLLMError(init: LLMErrorInit): LLMError;
export declare function isLLMError(value: unknown): value is LLMError;
