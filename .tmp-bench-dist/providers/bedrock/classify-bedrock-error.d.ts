import { type LLMError } from '../../errors/llm-error.js';
import type { ErrorResponse } from '../provider-adapter.js';
/** `ThrottlingException:http://internal.amazon.com/…` and `com.amazon.coral.service#ThrottlingException` → `ThrottlingException`. */
export declare function normalizeExceptionName(raw: string | undefined): string | undefined;
/**
 * Bedrock error → typed LLMError. The exception name comes from the `x-amzn-ErrorType` header,
 * else the body's `__type`/`code`; the message from the body's `message`/`Message`. A
 * ValidationException about input length is `context_length`; unknown names fall back to the
 * shared message patterns, then the status.
 */
export declare function classifyBedrockError(response: ErrorResponse, provider: string): LLMError;
/**
 * An exception event inside a ConverseStream (`throttlingException`, `modelStreamErrorException`,
 * …; or `error` for a `:message-type: error` frame) → typed LLMError with the documented status.
 */
export declare function bedrockStreamError(eventName: string, data: string, provider: string): LLMError;
