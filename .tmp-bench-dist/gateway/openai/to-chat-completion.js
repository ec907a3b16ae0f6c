/** OpenAI `chat.completion` object for a canonical result. Extensions ride along as extra fields. */
export function toChatCompletion(result, id, created) {
    const message = { role: 'assistant', content: result.content, refusal: null };
    if (result.reasoning_content)
        message.reasoning_content = result.reasoning_content;
    if (result.reasoning_details?.length)
        message.reasoning_details = result.reasoning_details;
    if (result.tool_calls?.length)
        message.tool_calls = result.tool_calls;
    return {
        id,
        object: 'chat.completion',
        created,
        model: result.model,
        system_fingerprint: null,
        choices: [
            { index: 0, message, logprobs: null, finish_reason: openaiFinishReason(result.finish_reason, Boolean(result.tool_calls?.length)) },
        ],
        usage: result.usage,
    };
}
/** Our `error` finish reason is not OpenAI's; everything else maps 1:1. */
export function openaiFinishReason(reason, hasToolCalls) {
    if (reason === null || reason === undefined || reason === 'error')
        return hasToolCalls ? 'tool_calls' : 'stop';
    return reason;
}
//# sourceMappingURL=to-chat-completion.js.map