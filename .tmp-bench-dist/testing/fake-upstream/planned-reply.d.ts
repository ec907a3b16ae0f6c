/**
 * What the fake is going to answer, before any protocol renders it. Produced by `planReply` from
 * the request, the matching rule's `reply` and the defaults.
 */
/** OpenAI's finish reasons, used as the neutral vocabulary; handlers map them to their own. */
export type NeutralFinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter';
export interface PlannedToolCall {
    /** OpenAI-style id (`call_…`); protocols with their own id style derive theirs from `seq`. */
    id: string;
    name: string;
    /** JSON text of the arguments object. */
    arguments: string;
}
export interface PlannedUsage {
    /** Whole prompt, cached part included. */
    inputTokens: number;
    /** All generated tokens, reasoning included (OpenAI `completion_tokens` semantics). */
    outputTokens: number;
    /** The reasoning share of `outputTokens`. */
    reasoningTokens: number;
    /** The cached share of `inputTokens`. */
    cachedTokens: number;
}
export interface PlannedReply {
    /** Per-server sequence number; ids derived from it are deterministic for a fresh server. */
    seq: number;
    /** Zero-padded `seq`, the suffix of every id in the response (`chatcmpl-fake000001`). */
    id: string;
    /** Unix seconds. */
    created: number;
    model: string;
    content: string;
    /** `content` split for streaming; `contentChunks.join('') === content`. */
    contentChunks: string[];
    reasoning?: string;
    reasoningChunks: string[];
    /** Opaque signature for Anthropic thinking blocks and Gemini thought signatures. */
    reasoningSignature?: string;
    /** OpenAI-protocol reasoning placement asked for by a rule; `reasoning_content` when absent. */
    reasoningField?: 'reasoning_content' | 'reasoning' | 'think_tags';
    toolCalls: PlannedToolCall[];
    /** Neutral value, or a provider-native one from a rule (`SAFETY`, `refusal`) to emit verbatim. */
    finishReason: NeutralFinishReason | (string & {});
    usage: PlannedUsage;
}
