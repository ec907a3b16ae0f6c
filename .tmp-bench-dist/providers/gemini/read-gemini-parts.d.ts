import type { ReasoningDetail, ToolCall } from '../../spec/chat-request.js';
export interface GeminiPartsContent {
    text: string;
    reasoning: string;
    toolCalls: ToolCall[];
    /** Thought signatures, tied to a tool call id when they rode on a function call part. */
    signatures: ReasoningDetail[];
}
/**
 * Reads one candidate's `content.parts`: `thought: true` text is reasoning, other text is content,
 * `functionCall` parts become tool calls, and every `thoughtSignature` is kept for the next turn.
 * Function calls without an `id` get `call_<n>`, n counting calls from `firstToolIndex` (the
 * stream parser passes how many it has already seen).
 */
export declare function readGeminiParts(parts: unknown, firstToolIndex?: number): GeminiPartsContent;
