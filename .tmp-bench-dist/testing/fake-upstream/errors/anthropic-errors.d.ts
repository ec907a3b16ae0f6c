import type { FakeErrorResponse } from './fake-error-response.js';
export declare const anthropicErrors: {
    /** 529: platform-wide load, distinct from the caller's own 429. */
    anthropicOverloaded(): FakeErrorResponse;
    anthropicRateLimit(retryAfterS?: number): FakeErrorResponse;
    /** 429 for the monthly tier cap: no `retry-after`, must not be retried. */
    anthropicSpendLimit(): FakeErrorResponse;
    anthropicInvalidKey(): FakeErrorResponse;
    anthropicPermissionDenied(): FakeErrorResponse;
    anthropicNotFound(model?: string): FakeErrorResponse;
    anthropicBillingError(): FakeErrorResponse;
    /** The 400 many accounts actually see when prepaid credit runs out. */
    anthropicCreditBalanceTooLow(): FakeErrorResponse;
    anthropicBadRequest(message?: string): FakeErrorResponse;
    anthropicPromptTooLong(tokens?: number, max?: number): FakeErrorResponse;
    anthropicServerError(): FakeErrorResponse;
    anthropicTimeout(): FakeErrorResponse;
};
