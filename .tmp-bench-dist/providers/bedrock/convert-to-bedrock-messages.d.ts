import type { ChatMessage } from '../../spec/chat-request.js';
import type { BedrockMessage, BedrockSystemBlock } from './bedrock-wire-types.js';
export interface BedrockPrompt {
    system: BedrockSystemBlock[];
    messages: BedrockMessage[];
    warnings: string[];
    /** The history holds toolUse/toolResult blocks (Bedrock then requires a toolConfig). */
    usesTools: boolean;
}
/**
 * Bedrock `toolUseId` must match `[a-zA-Z0-9_-]+` (≤ 64). Ids from other providers can carry other
 * characters; the same mapping is applied to calls and results so pairs still match.
 */
export declare function toBedrockToolId(id: string): string;
/**
 * Canonical messages → Converse `system` + `messages`: system/developer text is hoisted; turns
 * alternate user/assistant starting with user (same-role turns merged, tool results carried in a
 * user turn ahead of its text); `cache_control` becomes a `cachePoint` after the block;
 * reasoning with a signature (Claude thinking) and redacted reasoning round-trip as
 * `reasoningContent`, unsigned reasoning is not sent (it cannot be verified).
 */
export declare function convertToBedrockMessages(messages: readonly ChatMessage[], provider: string): BedrockPrompt;
