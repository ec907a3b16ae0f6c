import type { ChatRequest } from './chat-request.js';
/**
 * Validates a request and returns it typed, or throws an `invalid_request` LLMError whose message
 * and `code` name the first bad field (`messages[1].content`), as OpenAI's `param` does.
 * JSON `null` for optional OpenAI fields is normalised away so adapters never see it.
 */
export declare function validateChatRequest(input: unknown): ChatRequest;
