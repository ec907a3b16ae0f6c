import type { FakeErrorResponse } from './fake-error-response.js';
export declare const vendorErrors: {
    /** Zhipu: status from the code table, body `{"error":{"code":"1302","message":"…"}}`. */
    zhipu(code: number | string): FakeErrorResponse;
    /** MiniMax: HTTP 200 whose `base_resp.status_code` carries the error. */
    minimaxBaseResp(code: number, statusMsg?: string): FakeErrorResponse;
    /** DashScope's overdue balance is a 400, not a 402. */
    dashscopeArrearage(): FakeErrorResponse;
    dashscopeRateLimit(): FakeErrorResponse;
    dashscopeThrottling(): FakeErrorResponse;
    /** `which: 'output'` is the one that can arrive mid-stream: use its `body` as `streamError.body`. */
    dashscopeDataInspectionFailed(which?: "input" | "output"): FakeErrorResponse;
    deepseekInsufficientBalance(): FakeErrorResponse;
    deepseekRateLimit(): FakeErrorResponse;
    deepseekServerBusy(): FakeErrorResponse;
    moonshotRateLimit(): FakeErrorResponse;
    /** Moonshot's "no money" is a 429 too; the `type` tells it apart. */
    moonshotQuotaExceeded(): FakeErrorResponse;
    moonshotOverloaded(): FakeErrorResponse;
    /** Hunyuan reports its rate limit as a 400 with business code 2003. */
    hunyuanRateLimit(): FakeErrorResponse;
    arkRateLimit(code?: string): FakeErrorResponse;
    arkAccountOverdue(): FakeErrorResponse;
    siliconflowInsufficientBalance(): FakeErrorResponse;
    siliconflowModelNotFound(): FakeErrorResponse;
    openrouterInsufficientCredits(): FakeErrorResponse;
    groqRateLimit(retryAfterS?: number): FakeErrorResponse;
    groqCapacityExceeded(): FakeErrorResponse;
    qianfanRateLimit(code?: string): FakeErrorResponse;
    mistralRateLimit(): FakeErrorResponse;
    xaiRateLimit(): FakeErrorResponse;
    stepfunInsufficientBalance(): FakeErrorResponse;
    /** llama.cpp's context overflow. */
    llamacppContextExceeded(promptTokens?: number, ctx?: number): FakeErrorResponse;
};
