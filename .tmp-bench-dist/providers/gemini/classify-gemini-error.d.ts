import { type LLMError } from '../../errors/llm-error.js';
import type { ErrorResponse } from '../provider-adapter.js';
/**
 * Google API error → typed LLMError. Body `{"error":{"code","message","status","details":[…]}}`
 * (or a one-element array of it, as the non-SSE stream endpoint answers). The gRPC `status`
 * decides, refined by the message and `details`:
 * - RESOURCE_EXHAUSTED → rate_limit; the wait comes from `Retry-After` or else
 *   `RetryInfo.retryDelay` ("31s") in `details`;
 * - INVALID_ARGUMENT is also how a bad key is reported (`ErrorInfo.reason` API_KEY_INVALID,
 *   "API key not valid") → auth; a prompt over the token limit → context_length;
 * - FAILED_PRECONDITION "free tier is not available in your country / enable billing" →
 *   quota_exhausted: the key works but cannot be used without paying, like an empty balance,
 *   so it is a dead key for failover rather than a pause; other preconditions → permission;
 * - PERMISSION_DENIED for a leaked key or a call without a key → auth, otherwise permission.
 */
export declare function classifyGeminiError(response: ErrorResponse, provider: string): LLMError;
/** An `{error: …}` object inside a 200 body or an SSE chunk → typed LLMError (status from `code`). */
export declare function geminiBodyError(payload: unknown, provider: string): LLMError;
