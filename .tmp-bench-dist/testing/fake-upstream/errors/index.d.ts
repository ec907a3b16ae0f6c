export type { FakeErrorResponse } from './fake-error-response.js';
/**
 * Builders for real provider error responses. Each returns `{ status, headers, body }` to spread
 * into a rule: `fake.addRule({ times: 1, ...errors.anthropicOverloaded() })`. The results are plain
 * JSON, so they can be POSTed to `/__fake/rules` as well.
 */
export declare const errors: {
    zhipu(code: number | string): import("./fake-error-response.js").FakeErrorResponse;
    minimaxBaseResp(code: number, statusMsg?: string): import("./fake-error-response.js").FakeErrorResponse;
    dashscopeArrearage(): import("./fake-error-response.js").FakeErrorResponse;
    dashscopeRateLimit(): import("./fake-error-response.js").FakeErrorResponse;
    dashscopeThrottling(): import("./fake-error-response.js").FakeErrorResponse;
    dashscopeDataInspectionFailed(which?: "input" | "output"): import("./fake-error-response.js").FakeErrorResponse;
    deepseekInsufficientBalance(): import("./fake-error-response.js").FakeErrorResponse;
    deepseekRateLimit(): import("./fake-error-response.js").FakeErrorResponse;
    deepseekServerBusy(): import("./fake-error-response.js").FakeErrorResponse;
    moonshotRateLimit(): import("./fake-error-response.js").FakeErrorResponse;
    moonshotQuotaExceeded(): import("./fake-error-response.js").FakeErrorResponse;
    moonshotOverloaded(): import("./fake-error-response.js").FakeErrorResponse;
    hunyuanRateLimit(): import("./fake-error-response.js").FakeErrorResponse;
    arkRateLimit(code?: string): import("./fake-error-response.js").FakeErrorResponse;
    arkAccountOverdue(): import("./fake-error-response.js").FakeErrorResponse;
    siliconflowInsufficientBalance(): import("./fake-error-response.js").FakeErrorResponse;
    siliconflowModelNotFound(): import("./fake-error-response.js").FakeErrorResponse;
    openrouterInsufficientCredits(): import("./fake-error-response.js").FakeErrorResponse;
    groqRateLimit(retryAfterS?: number): import("./fake-error-response.js").FakeErrorResponse;
    groqCapacityExceeded(): import("./fake-error-response.js").FakeErrorResponse;
    qianfanRateLimit(code?: string): import("./fake-error-response.js").FakeErrorResponse;
    mistralRateLimit(): import("./fake-error-response.js").FakeErrorResponse;
    xaiRateLimit(): import("./fake-error-response.js").FakeErrorResponse;
    stepfunInsufficientBalance(): import("./fake-error-response.js").FakeErrorResponse;
    llamacppContextExceeded(promptTokens?: number, ctx?: number): import("./fake-error-response.js").FakeErrorResponse;
    geminiResourceExhausted(retryDelay?: string | number, model?: string): import("./fake-error-response.js").FakeErrorResponse;
    geminiDailyQuota(model?: string): import("./fake-error-response.js").FakeErrorResponse;
    geminiInvalidKey(): import("./fake-error-response.js").FakeErrorResponse;
    geminiUnauthenticated(): import("./fake-error-response.js").FakeErrorResponse;
    geminiPermissionDenied(): import("./fake-error-response.js").FakeErrorResponse;
    geminiNotFound(model?: string): import("./fake-error-response.js").FakeErrorResponse;
    geminiBadRequest(message?: string): import("./fake-error-response.js").FakeErrorResponse;
    geminiContextLength(tokens?: number, max?: number): import("./fake-error-response.js").FakeErrorResponse;
    geminiFailedPrecondition(): import("./fake-error-response.js").FakeErrorResponse;
    geminiUnavailable(): import("./fake-error-response.js").FakeErrorResponse;
    geminiInternal(): import("./fake-error-response.js").FakeErrorResponse;
    geminiDeadlineExceeded(): import("./fake-error-response.js").FakeErrorResponse;
    anthropicOverloaded(): import("./fake-error-response.js").FakeErrorResponse;
    anthropicRateLimit(retryAfterS?: number): import("./fake-error-response.js").FakeErrorResponse;
    anthropicSpendLimit(): import("./fake-error-response.js").FakeErrorResponse;
    anthropicInvalidKey(): import("./fake-error-response.js").FakeErrorResponse;
    anthropicPermissionDenied(): import("./fake-error-response.js").FakeErrorResponse;
    anthropicNotFound(model?: string): import("./fake-error-response.js").FakeErrorResponse;
    anthropicBillingError(): import("./fake-error-response.js").FakeErrorResponse;
    anthropicCreditBalanceTooLow(): import("./fake-error-response.js").FakeErrorResponse;
    anthropicBadRequest(message?: string): import("./fake-error-response.js").FakeErrorResponse;
    anthropicPromptTooLong(tokens?: number, max?: number): import("./fake-error-response.js").FakeErrorResponse;
    anthropicServerError(): import("./fake-error-response.js").FakeErrorResponse;
    anthropicTimeout(): import("./fake-error-response.js").FakeErrorResponse;
    openaiRateLimit(options?: {
        retryAfterS?: number;
        model?: string;
    }): import("./fake-error-response.js").FakeErrorResponse;
    openaiInsufficientQuota(): import("./fake-error-response.js").FakeErrorResponse;
    openaiInvalidKey(key?: string): import("./fake-error-response.js").FakeErrorResponse;
    openaiPermissionDenied(): import("./fake-error-response.js").FakeErrorResponse;
    openaiModelNotFound(model?: string): import("./fake-error-response.js").FakeErrorResponse;
    openaiBadRequest(message?: string, param?: string | null): import("./fake-error-response.js").FakeErrorResponse;
    openaiContextLength(options?: {
        max?: number;
        requested?: number;
    }): import("./fake-error-response.js").FakeErrorResponse;
    openaiContentPolicy(): import("./fake-error-response.js").FakeErrorResponse;
    openaiServerError(): import("./fake-error-response.js").FakeErrorResponse;
    openaiOverloaded(): import("./fake-error-response.js").FakeErrorResponse;
    openaiTimeout(): import("./fake-error-response.js").FakeErrorResponse;
};
