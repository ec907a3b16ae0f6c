const REASONS = new Map([
    ['stop', 'stop'],
    ['eos', 'stop'], // vLLM / TGI
    ['end_turn', 'stop'],
    ['stop_sequence', 'stop'],
    ['length', 'length'],
    ['max_tokens', 'length'],
    ['model_length', 'length'],
    ['tool_calls', 'tool_calls'],
    ['tool_call', 'tool_calls'],
    ['tool_use', 'tool_calls'],
    ['function_call', 'function_call'],
    ['content_filter', 'content_filter'], // Azure, Moonshot: a finish reason, not an error
    ['sensitive', 'content_filter'], // Zhipu
    ['safety', 'content_filter'],
    ['refusal', 'content_filter'],
    ['network_error', 'error'], // Zhipu reports mid-stream failures this way
    ['insufficient_system_resource', 'error'], // DeepSeek: generation cut by server load
    ['error', 'error'], // OpenRouter mid-stream error chunks
    ['abort', 'error'],
]);
/**
 * Vendor finish reasons → OpenAI's. Unknown non-empty reasons become `stop`: the model ended the
 * turn for a reason we cannot act on, and callers treat `stop` as "complete".
 */
export function mapOpenAIFinishReason(reason) {
    if (typeof reason !== 'string' || reason === '')
        return null;
    return REASONS.get(reason) ?? REASONS.get(reason.toLowerCase()) ?? 'stop';
}
//# sourceMappingURL=map-openai-finish-reason.js.map