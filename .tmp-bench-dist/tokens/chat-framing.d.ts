import type { TokenizerFamily } from './tokenizer-family.js';
/**
 * Tokens a chat template adds around messages, per family. Counting only message text
 * under-counts a long conversation by several tokens per turn.
 */
export interface ChatFraming {
    /** Added to every message. */
    perMessage: number;
    /** Whether the role name is rendered as text (and so tokenised) rather than a special token. */
    countsRole: boolean;
    /** Added when a message has a `name` (on top of the name's own tokens). */
    perName: number;
    /** Added once per request (BOS, the primed assistant header). */
    perRequest: number;
    /** Added per tool call in an assistant message (on top of name and arguments). */
    perToolCall: number;
}
export declare const CHAT_FRAMING: Readonly<Record<TokenizerFamily, ChatFraming>>;
/**
 * Anthropic's documented tool-use system prompt, added whenever tools are present
 * (platform.claude.com "Tool use" pricing table for Claude 4.x models): 346 tokens with
 * tool_choice auto/none, 313 with any/tool.
 */
export declare const CLAUDE_TOOL_PROMPT_TOKENS: {
    readonly auto: 346;
    readonly forced: 313;
};
/**
 * Qwen3's chat template wraps tool schemas in this instruction block (one JSON schema per line
 * between the <tools> tags); we count it with the Qwen tokenizer.
 */
export declare const QWEN_TOOL_PROMPT: string;
/** Tokens around a JSON tool block for families without a documented template. */
export declare const GENERIC_TOOL_BLOCK_OVERHEAD = 10;
