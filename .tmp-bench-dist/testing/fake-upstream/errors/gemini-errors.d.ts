import type { FakeErrorResponse } from './fake-error-response.js';
/** Google RPC status names by HTTP status, so bodies stay consistent with the status sent. */
export declare const GOOGLE_STATUS: Record<number, string>;
/** Google error model: `{"error":{"code","message","status","details":[…]}}`. */
export declare function googleError(code: number, message: string, status?: string, details?: unknown[]): FakeErrorResponse;
export declare const geminiErrors: {
    /** 429 with the wait in `RetryInfo.retryDelay` (Gemini sends no retry headers). */
    geminiResourceExhausted(retryDelay?: string | number, model?: string): FakeErrorResponse;
    /** The free-tier daily cap: same 429, a per-day quota id. */
    geminiDailyQuota(model?: string): FakeErrorResponse;
    /** A bad key is a 400 `INVALID_ARGUMENT` with `API_KEY_INVALID`, not a 401. */
    geminiInvalidKey(): FakeErrorResponse;
    geminiUnauthenticated(): FakeErrorResponse;
    geminiPermissionDenied(): FakeErrorResponse;
    geminiNotFound(model?: string): FakeErrorResponse;
    geminiBadRequest(message?: string): FakeErrorResponse;
    geminiContextLength(tokens?: number, max?: number): FakeErrorResponse;
    /** Billing needed / free tier unavailable in the caller's country. */
    geminiFailedPrecondition(): FakeErrorResponse;
    geminiUnavailable(): FakeErrorResponse;
    geminiInternal(): FakeErrorResponse;
    geminiDeadlineExceeded(): FakeErrorResponse;
};
