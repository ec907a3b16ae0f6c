export interface MaxTokensInput {
    contextLength: number;
    /** The model's output cap; undefined → only the window limits the answer. */
    maxOutput?: number;
    promptTokens: number;
    margin?: number;
}
/**
 * `max_tokens` to send when the caller gave none: as much as the model may produce and the window
 * still holds, `min(max_output, context − prompt − margin)`, never negative.
 */
export declare function defaultMaxTokens({ contextLength, maxOutput, promptTokens, margin }: MaxTokensInput): number;
/**
 * Safety margin when none is given: token counts are exact only for some families, and chat
 * templates / provider-side system prompts add a little. 1% of the window (at least 64 tokens);
 * 5% when counts are heuristic (the estimate's per-text error is up to ~15%).
 */
export declare function defaultMargin(contextLength: number, estimated?: boolean): number;
