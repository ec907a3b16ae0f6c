import type { ChatMessage, ToolChoice, ToolDefinition } from '../spec/chat-request.js';
import { type TokenizerFamily } from './tokenizer-family.js';
export interface MessageTokenOptions {
    /** Tool definitions sent with the request; their rendered schemas count as prompt tokens. */
    tools?: readonly ToolDefinition[];
    /** Forcing a tool changes the prompt slightly on OpenAI and Anthropic. */
    toolChoice?: ToolChoice;
}
export interface MessageTokenBreakdown {
    /** Prompt tokens of the whole request: messages + tools + per-request framing. */
    total: number;
    /** Tokens of each input message, framing and images included (same order as the input). */
    perMessage: number[];
    /** Tool schemas and the vendor's tool instructions. */
    tools: number;
    /** Image tokens (already included in `perMessage`). */
    images: number;
    /** Per-request framing (reply priming, BOS, tool_choice). */
    overhead: number;
    family: TokenizerFamily;
    /** True when some text was counted with the heuristic rather than a tokenizer. */
    estimated: boolean;
}
type Count = (text: string) => number;
/** Prompt tokens of a chat request (vv-llm `get_message_token_counts`); loads the tokenizer on first use. */
export declare function getMessageTokenCounts(messages: readonly ChatMessage[], model: string, options?: MessageTokenOptions): Promise<number>;
/** Detailed async count: per-message tokens, tools, images. */
export declare function countMessageTokens(messages: readonly ChatMessage[], model: string, options?: MessageTokenOptions): Promise<MessageTokenBreakdown>;
/** Detailed sync count: exact if the tokenizer is loaded, else estimated (`estimated: true`). */
export declare function countMessageTokensSync(messages: readonly ChatMessage[], model: string, options?: MessageTokenOptions): MessageTokenBreakdown;
/**
 * The counting core: pure and synchronous given a `count` function, so the context fitter can
 * re-measure candidate message lists cheaply.
 */
export declare function measureMessages(messages: readonly ChatMessage[], model: string, family: TokenizerFamily, count: Count, estimated: boolean, options?: MessageTokenOptions): MessageTokenBreakdown;
export {};
