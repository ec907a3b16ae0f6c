import type { LLMError } from '../../errors/llm-error.js';
import type { AdapterContext, ErrorResponse } from '../provider-adapter.js';
/**
 * Non-2xx response from any OpenAI-compatible vendor → typed LLMError. The body is parsed once;
 * the vendor's numeric code table is chosen by `ctx.provider` (and the body's envelope).
 */
export declare function classifyOpenAICompatibleError(response: ErrorResponse, ctx: Pick<AdapterContext, 'provider' | 'quirks'>): LLMError;
