import type { ChatRequest } from '../../spec/chat-request.js';
import type { AdapterContext, ProviderAdapter, WireRequest } from '../provider-adapter.js';
/**
 * The one adapter behind every OpenAI-compatible vendor (OpenAI, DeepSeek, Qwen, Moonshot, Zhipu,
 * MiniMax, Groq, Mistral, xAI, local servers …). Vendors differ only in their preset's quirks.
 */
export declare const openaiCompatibleAdapter: ProviderAdapter;
export declare function buildOpenAIWireRequest(request: ChatRequest, ctx: AdapterContext): WireRequest;
