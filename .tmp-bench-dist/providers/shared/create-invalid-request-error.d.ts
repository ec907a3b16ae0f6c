import { type LLMError } from '../../errors/llm-error.js';
/**
 * Our own rejection of a request we cannot convert (bad tool-call JSON, unsupported image).
 * Status 400 so the gateway answers 4xx; never retryable — another attempt would fail the same way.
 */
export declare function createInvalidRequestError(provider: string, message: string): LLMError;
