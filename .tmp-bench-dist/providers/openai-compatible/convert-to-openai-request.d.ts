import type { ChatRequest } from '../../spec/chat-request.js';
import type { AdapterContext } from '../provider-adapter.js';
/** The request body as a plain object, plus what was dropped or changed on the way. */
export interface OpenAIRequestBody {
    body: Record<string, unknown>;
    warnings: string[];
}
/**
 * Canonical request → OpenAI Chat Completions body for one vendor. Every vendor difference comes
 * from `ctx.quirks` and `ctx.capabilities`; unsupported settings are dropped or adjusted with a
 * warning, never silently. Unknown OpenAI fields (logprobs, service_tier, metadata…) pass through.
 * `provider_options.openai` then `provider_options[ctx.provider]` are merged in last.
 */
export declare function convertToOpenAIRequest(request: ChatRequest, ctx: AdapterContext): OpenAIRequestBody;
