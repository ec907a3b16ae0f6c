import type { ChatRequest } from '../spec/chat-request.js';
/**
 * Some upstreams (Gemini, Bedrock, Anthropic on Vertex) cannot fetch image URLs themselves: we
 * download each http(s) image once and pass a data URL. Failures are typed invalid_request errors
 * naming the message, so the caller sees which image was bad instead of a provider 400.
 */
export declare function inlineRemoteImages(req: ChatRequest, provider: string, signal?: AbortSignal): Promise<ChatRequest>;
