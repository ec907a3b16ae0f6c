/**
 * `max_tokens` to send when the caller gave none: as much as the model may produce and the window
 * still holds, `min(max_output, context − prompt − margin)`, never negative.
 */
export function defaultMaxTokens({ contextLength, maxOutput, promptTokens, margin = 0 }) {
    const room = contextLength - promptTokens - margin;
    const limit = maxOutput === undefined ? room : Math.min(maxOutput, room);
    return Math.max(0, Math.floor(limit));
}
/**
 * Safety margin when none is given: token counts are exact only for some families, and chat
 * templates / provider-side system prompts add a little. 1% of the window (at least 64 tokens);
 * 5% when counts are heuristic (the estimate's per-text error is up to ~15%).
 */
export function defaultMargin(contextLength, estimated = false) {
    return Math.max(64, Math.ceil(contextLength * (estimated ? 0.05 : 0.01)));
}
//# sourceMappingURL=default-max-tokens.js.map