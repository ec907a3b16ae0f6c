import type { ChatMessage } from '../../spec/chat-request.js';
import type { AnthropicMessage, AnthropicTextBlock } from './anthropic-wire-types.js';
export interface ConvertToAnthropicMessagesOptions {
    /** Backend name for errors. */
    provider: string;
    /**
     * Whether http(s) image URLs may be sent as `url` sources. Anthropic's own API fetches them;
     * Anthropic on Vertex does not (the client inlines them first), so a leftover URL is an error.
     */
    allowImageUrls?: boolean;
}
export interface AnthropicPrompt {
    /** Every system/developer message, hoisted in order (Anthropic has no system role in `messages`). */
    system: AnthropicTextBlock[];
    messages: AnthropicMessage[];
    warnings: string[];
}
/**
 * Used when the conversation has no user turn to start with: the API rejects a first message
 * that is not `user`, and empty text blocks, so the shortest neutral text stands in.
 */
export declare const PLACEHOLDER_USER_TEXT = ".";
/**
 * Canonical messages → Anthropic `system` + strictly alternating `messages` starting with `user`:
 * - consecutive same-role turns are merged; tool messages become `tool_result` blocks in a user
 *   turn, and within a user turn tool results are moved before any text (the API requires them
 *   first);
 * - a conversation that starts with the assistant gets a placeholder user turn (with a warning);
 * - assistant thinking / redacted thinking from `reasoning_details` goes first, unchanged, so
 *   signatures verify; unsigned reasoning (`reasoning_content`, other providers' details) cannot be
 *   verified by Anthropic and is not sent;
 * - trailing whitespace is trimmed from a final assistant (prefill) turn, which the API rejects.
 */
export declare function convertToAnthropicMessages(messages: readonly ChatMessage[], options: ConvertToAnthropicMessagesOptions): AnthropicPrompt;
