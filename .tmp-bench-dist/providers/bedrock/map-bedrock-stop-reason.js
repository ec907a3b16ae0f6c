/**
 * Bedrock `stopReason` → OpenAI finish reason. Guardrail and content-filter stops are
 * `content_filter` (the caller may fail over); a full context window is `length`. Unknown future
 * reasons are reported as `stop` rather than dropped.
 */
export function mapBedrockStopReason(reason) {
    switch (reason) {
        case null:
        case undefined:
            return null;
        case 'end_turn':
        case 'stop_sequence':
            return 'stop';
        case 'max_tokens':
        case 'model_context_window_exceeded':
            return 'length';
        case 'tool_use':
            return 'tool_calls';
        case 'guardrail_intervened':
        case 'content_filtered':
            return 'content_filter';
        default:
            return 'stop';
    }
}
//# sourceMappingURL=map-bedrock-stop-reason.js.map