import { type LLMError } from '../../errors/llm-error.js';
import type { ErrorResponse } from '../provider-adapter.js';
/** The HTTP status each Anthropic error type is documented with; used for in-stream errors. */
export declare const ANTHROPIC_ERROR_STATUS: Readonly<Record<string, number>>;
/**
 * Anthropic error → typed LLMError. Body shape `{"type":"error","error":{"type","message"},
 * "request_id"}`; the error type decides, the message refines `invalid_request_error` (context
 * overflow, self-set spend limits, low credit, output filtering), and the status decides for
 * bodies that are not Anthropic JSON (proxies, load balancers).
 */
export declare function classifyAnthropicError(response: ErrorResponse, provider: string): LLMError;
/** An `event: error` payload inside a 200 stream → typed LLMError with the type's usual status. */
export declare function anthropicStreamError(payload: unknown, provider: string): LLMError;
