import type { ChatMessage } from '../spec/chat-request.js';
/**
 * A conversation split into what can be dropped together:
 *
 * - `pinned`: system / developer messages, always kept.
 * - `turns`: a user message and everything up to the next user message. Dropping whole turns
 *   keeps the history starting on a user message, which Anthropic-style APIs require.
 * - Within a turn, `units`: the user message, then each assistant message together with the tool
 *   results that answer its calls. A unit is atomic, so a tool call is never kept without its
 *   result or the other way round.
 */
export interface Turn {
    units: number[][];
}
export interface ConversationShape {
    pinned: number[];
    turns: Turn[];
}
export declare function groupTurns(messages: readonly ChatMessage[]): ConversationShape;
