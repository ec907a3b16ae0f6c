import type { FinishReason } from '../../spec/chat-result.js';
/**
 * Vendor finish reasons → OpenAI's. Unknown non-empty reasons become `stop`: the model ended the
 * turn for a reason we cannot act on, and callers treat `stop` as "complete".
 */
export declare function mapOpenAIFinishReason(reason: unknown): FinishReason | null;
