import { createLLMError } from '../../errors/llm-error.js';
/** Our own rejection of a request we cannot convert; 400 and never retryable (it would fail again). */
export function invalidRequest(provider, message) {
    return createLLMError({ kind: 'invalid_request', provider, status: 400, retryable: false, message });
}
//# sourceMappingURL=invalid-request.js.map