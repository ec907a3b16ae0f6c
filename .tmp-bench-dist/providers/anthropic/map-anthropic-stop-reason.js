/**
 * Anthropic `stop_reason` → OpenAI finish reason. `pause_turn` (a server tool paused a long turn)
 * ends this response normally, so it is `stop`; running out of context window is `length`, like
 * running out of `max_tokens`. Unknown future reasons are reported as `stop` rather than dropped.
 */
export function mapAnthropicStopReason(reason) {
    switch (reason) {
        case null:
        case undefined:
            return null;
        case 'end_turn':
        case 'stop_sequence':
        case 'pause_turn':
            return 'stop';
        case 'max_tokens':
        case 'model_context_window_exceeded':
            return 'length';
        case 'tool_use':
            return 'tool_calls';
        case 'refusal':
            return 'content_filter';
        default:
            return 'stop';
    }
}
//# sourceMappingURL=map-anthropic-stop-reason.js.map