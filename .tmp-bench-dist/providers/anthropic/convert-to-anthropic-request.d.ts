import type { ChatRequest } from '../../spec/chat-request.js';
import type { AdapterContext } from '../provider-adapter.js';
import type { AnthropicRequestBody } from './anthropic-wire-types.js';
/**
 * `max_tokens` is mandatory on the Messages API. When neither the request nor the catalog gives
 * one we send 4096: every Claude model accepts it (the oldest cap output at 4096), it is plenty
 * for chat turns, and a larger guess would be rejected by older models. Catalog entries should
 * set `max_output_tokens` so newer models get their full range.
 */
export declare const DEFAULT_ANTHROPIC_MAX_TOKENS = 4096;
/** The API's floor for `thinking.budget_tokens`. */
export declare const MIN_THINKING_BUDGET = 1024;
export interface ConvertToAnthropicRequestOptions {
    /** False for deployments that cannot fetch image URLs (Anthropic on Vertex). */
    allowImageUrls?: boolean;
}
export interface AnthropicRequestConversion {
    /** The Messages body; `provider_options` may have added keys beyond the typed ones. */
    body: AnthropicRequestBody & Record<string, unknown>;
    warnings: string[];
}
/** Canonical request → Anthropic Messages body. Pure; throws LLMError(invalid_request) on bad content. */
export declare function convertToAnthropicRequest(request: ChatRequest, ctx: AdapterContext, options?: ConvertToAnthropicRequestOptions): AnthropicRequestConversion;
