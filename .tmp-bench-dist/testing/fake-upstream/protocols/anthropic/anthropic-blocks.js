/** Anthropic stop reasons for the neutral finish reasons; provider-native values pass through. */
export function anthropicStopReason(finish) {
    switch (finish) {
        case 'stop':
            return 'end_turn';
        case 'length':
            return 'max_tokens';
        case 'tool_calls':
            return 'tool_use';
        case 'content_filter':
            return 'refusal';
        default:
            return finish;
    }
}
/** `toolu_…` ids for generated calls; ids a rule chose are kept. */
export function anthropicToolId(call) {
    return call.id.startsWith('call_') ? `toolu_${call.id.slice(5)}` : call.id;
}
export function anthropicUsage(reply, outputTokens = reply.usage.outputTokens) {
    const u = reply.usage;
    return {
        input_tokens: u.inputTokens - u.cachedTokens,
        cache_creation_input_tokens: 0,
        cache_read_input_tokens: u.cachedTokens,
        output_tokens: outputTokens,
        service_tier: 'standard',
    };
}
/** A text block is sent when there is text, or when nothing else would be (an empty answer). */
export function hasTextBlock(reply) {
    return reply.content !== '' || reply.toolCalls.length === 0;
}
//# sourceMappingURL=anthropic-blocks.js.map