import { createLLMError, type LLMError } from '../../errors/llm-error.js';

/** Our own rejection of a request we cannot convert; 400 and never retryable (it would fail again). */
export function invalidRequest(provider: string, message: string): LLMError {
  return createLLMError({ kind: 'invalid_request', provider, status: 400, retryable: false, message });
}
