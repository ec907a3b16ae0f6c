import type { FinishReason } from '../../spec/chat-result.js';
/**
 * Bedrock `stopReason` → OpenAI finish reason. Guardrail and content-filter stops are
 * `content_filter` (the caller may fail over); a full context window is `length`. Unknown future
 * reasons are reported as `stop` rather than dropped.
 */
export declare function mapBedrockStopReason(reason: unknown): FinishReason | null;
