const FILTERED = new Set([
    'SAFETY',
    'PROHIBITED_CONTENT',
    'BLOCKLIST',
    'RECITATION',
    'SPII',
    'IMAGE_SAFETY',
    'IMAGE_PROHIBITED_CONTENT',
    'IMAGE_RECITATION',
]);
/**
 * Gemini `finishReason` → OpenAI finish reason. Gemini says STOP even when it returned function
 * calls, so calls turn STOP into `tool_calls`. Safety-type stops are `content_filter`. A malformed
 * or unexpected function call ends the turn without usable calls: `stop`, with a warning.
 * CONTINUATION (output cut at the per-request limit) is `length`. Unknown reasons are `stop`.
 */
export function mapGeminiFinishReason(reason, hasToolCalls) {
    if (reason === undefined || reason === null)
        return { finishReason: null };
    if (typeof reason !== 'string')
        return { finishReason: 'stop' };
    if (FILTERED.has(reason))
        return { finishReason: 'content_filter' };
    switch (reason) {
        case 'STOP':
            return { finishReason: hasToolCalls ? 'tool_calls' : 'stop' };
        case 'MAX_TOKENS':
        case 'CONTINUATION':
            return { finishReason: 'length' };
        case 'MALFORMED_FUNCTION_CALL':
        case 'UNEXPECTED_TOOL_CALL':
        case 'TOO_MANY_TOOL_CALLS':
            return { finishReason: 'stop', warning: `Gemini finished with ${reason}; the model's function call was not usable` };
        default:
            return { finishReason: hasToolCalls ? 'tool_calls' : 'stop' };
    }
}
//# sourceMappingURL=map-gemini-finish-reason.js.map