import type { FinishReason } from '../../spec/chat-result.js';
export interface MappedGeminiFinish {
    finishReason: FinishReason | null;
    /** Set when the reason hides a problem the caller should hear about. */
    warning?: string;
}
/**
 * Gemini `finishReason` → OpenAI finish reason. Gemini says STOP even when it returned function
 * calls, so calls turn STOP into `tool_calls`. Safety-type stops are `content_filter`. A malformed
 * or unexpected function call ends the turn without usable calls: `stop`, with a warning.
 * CONTINUATION (output cut at the per-request limit) is `length`. Unknown reasons are `stop`.
 */
export declare function mapGeminiFinishReason(reason: unknown, hasToolCalls: boolean): MappedGeminiFinish;
