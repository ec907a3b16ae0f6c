/** Canonical finish reason → Anthropic stop_reason. */
export function anthropicStopReason(reason, hasToolCalls) {
    switch (reason) {
        case 'length':
            return 'max_tokens';
        case 'tool_calls':
        case 'function_call':
            return 'tool_use';
        case 'content_filter':
            return 'refusal';
        default:
            return hasToolCalls ? 'tool_use' : 'end_turn';
    }
}
/** Canonical usage → Anthropic usage (input_tokens excludes cache reads and writes there). */
export function anthropicUsage(u) {
    if (!u)
        return { input_tokens: 0, output_tokens: 0 };
    const cacheRead = u.prompt_tokens_details?.cached_tokens ?? 0;
    const cacheWrite = u.prompt_tokens_details?.cache_write_tokens ?? 0;
    return {
        input_tokens: Math.max(0, u.prompt_tokens - cacheRead - cacheWrite),
        output_tokens: u.completion_tokens,
        cache_creation_input_tokens: cacheWrite,
        cache_read_input_tokens: cacheRead,
    };
}
export function parseToolInput(args) {
    if (!args)
        return {};
    try {
        return JSON.parse(args);
    }
    catch {
        // Some models emit invalid JSON; hand it over rather than dropping the call.
        return { _raw_arguments: args };
    }
}
/** Canonical result → Anthropic `message` object (thinking, text, tool_use blocks in that order). */
export function toAnthropicMessage(result, id) {
    const content = [];
    const details = result.reasoning_details ?? [];
    const thinking = details.filter((d) => d.type === 'thinking' || d.type === 'redacted_thinking');
    if (thinking.length) {
        for (const d of thinking) {
            if (d.type === 'thinking')
                content.push({ type: 'thinking', thinking: d.text, signature: d.signature ?? '' });
            else if (d.type === 'redacted_thinking')
                content.push({ type: 'redacted_thinking', data: d.data });
        }
    }
    else if (result.reasoning_content) {
        content.push({ type: 'thinking', thinking: result.reasoning_content, signature: '' });
    }
    if (result.content)
        content.push({ type: 'text', text: result.content });
    for (const tc of result.tool_calls ?? [])
        content.push({ type: 'tool_use', id: tc.id, name: tc.function.name, input: parseToolInput(tc.function.arguments) });
    return {
        id,
        type: 'message',
        role: 'assistant',
        model: result.model,
        content,
        stop_reason: anthropicStopReason(result.finish_reason, Boolean(result.tool_calls?.length)),
        stop_sequence: null,
        usage: anthropicUsage(result.usage),
    };
}
//# sourceMappingURL=to-anthropic-message.js.map