import type { FakeErrorResponse } from '../errors/fake-error-response.js';
/**
 * Azure OpenAI's own error bodies (they differ from OpenAI's: string `code`s such as "429",
 * `innererror` for content filtering, `retry-after-ms`-style headers). Spread into a rule.
 */
export declare const azureErrors: {
    /** Per-deployment TPM/RPM limit; Azure sends the wait in seconds and in milliseconds. */
    azureRateLimit(retryAfterS?: number): FakeErrorResponse;
    /** The prompt tripped the content filter: 400 `content_filter` + `ResponsibleAIPolicyViolation`. */
    azureContentFilter(): FakeErrorResponse;
    azureUnauthorized(): FakeErrorResponse;
    azureDeploymentNotFound(): FakeErrorResponse;
    azureResourceNotFound(): FakeErrorResponse;
};
