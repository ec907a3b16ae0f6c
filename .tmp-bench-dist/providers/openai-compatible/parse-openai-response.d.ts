import type { ChatResult } from '../../spec/chat-result.js';
import type { AdapterContext } from '../provider-adapter.js';
/**
 * A 2xx Chat Completions body → ChatResult. Errors hidden in the body (MiniMax `base_resp`,
 * OpenRouter `{error}`) throw a classified LLMError; `finish_reason: "content_filter"` does not —
 * it is a finish reason the caller may act on.
 */
export declare function parseOpenAIResponse(body: unknown, ctx: AdapterContext): ChatResult;
