import type { FakeErrorResponse } from './fake-error-response.js';
export declare const openaiErrors: {
    /** 429 "Rate limit reached for requests": a pause, not a dead key. */
    openaiRateLimit(options?: {
        retryAfterS?: number;
        model?: string;
    }): FakeErrorResponse;
    /** 429 `insufficient_quota`: the key has no money; retrying it is pointless. */
    openaiInsufficientQuota(): FakeErrorResponse;
    openaiInvalidKey(key?: string): FakeErrorResponse;
    openaiPermissionDenied(): FakeErrorResponse;
    openaiModelNotFound(model?: string): FakeErrorResponse;
    openaiBadRequest(message?: string, param?: string | null): FakeErrorResponse;
    openaiContextLength(options?: {
        max?: number;
        requested?: number;
    }): FakeErrorResponse;
    openaiContentPolicy(): FakeErrorResponse;
    openaiServerError(): FakeErrorResponse;
    openaiOverloaded(): FakeErrorResponse;
    openaiTimeout(): FakeErrorResponse;
};
