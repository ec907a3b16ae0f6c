/** Gemini finish reasons for the neutral ones (function calls end with STOP); native values pass through. */
export function geminiFinishReason(finish) {
    switch (finish) {
        case 'stop':
        case 'tool_calls':
            return 'STOP';
        case 'length':
            return 'MAX_TOKENS';
        case 'content_filter':
            return 'SAFETY';
        default:
            return finish;
    }
}
/** Full usage (last chunk / JSON); thoughts are counted apart from candidates, as Gemini does. */
export function geminiUsage(reply) {
    const u = reply.usage;
    const usage = {
        promptTokenCount: u.inputTokens,
        candidatesTokenCount: u.outputTokens - u.reasoningTokens,
        totalTokenCount: u.inputTokens + u.outputTokens,
        promptTokensDetails: [{ modality: 'TEXT', tokenCount: u.inputTokens }],
    };
    if (u.reasoningTokens > 0)
        usage.thoughtsTokenCount = u.reasoningTokens;
    if (u.cachedTokens > 0)
        usage.cachedContentTokenCount = u.cachedTokens;
    return usage;
}
/** What intermediate stream chunks carry: the prompt count only. */
export function geminiPromptUsage(reply) {
    const n = reply.usage.inputTokens;
    return { promptTokenCount: n, totalTokenCount: n, promptTokensDetails: [{ modality: 'TEXT', tokenCount: n }] };
}
export function functionCallParts(reply) {
    return reply.toolCalls.map((call, i) => {
        const part = { functionCall: { name: call.name, args: parseArgs(call.arguments) } };
        // Thinking models sign the first function call; clients must send it back.
        if (i === 0 && reply.reasoningSignature !== undefined)
            part.thoughtSignature = reply.reasoningSignature;
        return part;
    });
}
function parseArgs(text) {
    try {
        return JSON.parse(text || '{}');
    }
    catch {
        return { _raw: text };
    }
}
export function candidate(reply, parts, final) {
    const c = { content: { parts, role: 'model' }, index: 0 };
    if (final) {
        c.finishReason = geminiFinishReason(reply.finishReason);
        if (c.finishReason === 'SAFETY') {
            c.safetyRatings = [{ category: 'HARM_CATEGORY_DANGEROUS_CONTENT', probability: 'HIGH', blocked: true }];
        }
    }
    return c;
}
//# sourceMappingURL=gemini-candidate.js.map