import type { FakeErrorResponse } from '../../errors/fake-error-response.js';
/**
 * Bedrock error responses: `{"message": …}` with the exception name in `x-amzn-ErrorType`
 * (`Name:http://internal.amazon.com/coral/com.amazon.bedrock/`) and a request id.
 */
export declare function bedrockError(status: number, type: string, message: string, extra?: Record<string, string>): FakeErrorResponse;
export declare const bedrockErrors: {
    bedrockThrottling: () => FakeErrorResponse;
    bedrockServiceQuota: () => FakeErrorResponse;
    bedrockUnavailable: () => FakeErrorResponse;
    bedrockModelNotReady: () => FakeErrorResponse;
    bedrockAccessDenied: () => FakeErrorResponse;
    bedrockUnrecognizedClient: () => FakeErrorResponse;
    bedrockInvalidSignature: (detail?: string) => FakeErrorResponse;
    bedrockValidation: (message?: string) => FakeErrorResponse;
    bedrockContextLength: () => FakeErrorResponse;
    bedrockNotFound: () => FakeErrorResponse;
    bedrockModelTimeout: () => FakeErrorResponse;
    bedrockInternal: () => FakeErrorResponse;
};
