/** OpenAI's usage object with the detail blocks current models send. */
export function openaiUsage(u) {
    return {
        prompt_tokens: u.inputTokens,
        completion_tokens: u.outputTokens,
        total_tokens: u.inputTokens + u.outputTokens,
        prompt_tokens_details: { cached_tokens: u.cachedTokens, audio_tokens: 0 },
        completion_tokens_details: {
            reasoning_tokens: u.reasoningTokens,
            audio_tokens: 0,
            accepted_prediction_tokens: 0,
            rejected_prediction_tokens: 0,
        },
    };
}
//# sourceMappingURL=openai-usage.js.map