import { createLLMError } from '../../errors/llm-error.js';
/**
 * Our own rejection of a request we cannot convert (bad tool-call JSON, unsupported image).
 * Status 400 so the gateway answers 4xx; never retryable — another attempt would fail the same way.
 */
export function createInvalidRequestError(provider, message) {
    return createLLMError({ kind: 'invalid_request', provider, status: 400, retryable: false, message });
}
//# sourceMappingURL=create-invalid-request-error.js.map