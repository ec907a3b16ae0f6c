import type { ChatMessage } from '../../spec/chat-request.js';
/**
 * Rewrites native tool turns as plain text for a model that has never seen them: an assistant's
 * `tool_calls` become the same JSON the emulation protocol asks for (so the model sees its own
 * protocol in the history), and each run of `tool` messages becomes one user message.
 */
export declare function convertToolHistory(messages: readonly ChatMessage[]): ChatMessage[];
