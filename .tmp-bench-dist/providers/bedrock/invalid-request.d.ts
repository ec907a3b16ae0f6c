import { type LLMError } from '../../errors/llm-error.js';
/** Our own rejection of a request we cannot convert; 400 and never retryable (it would fail again). */
export declare function invalidRequest(provider: string, message: string): LLMError;
