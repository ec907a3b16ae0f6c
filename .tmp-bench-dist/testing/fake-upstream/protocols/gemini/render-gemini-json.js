import { candidate, functionCallParts, geminiUsage } from './gemini-candidate.js';
/** A GenerateContentResponse: thought part, text part, functionCall parts, usageMetadata. */
export function renderGeminiJson(reply, _request) {
    const parts = [];
    if (reply.reasoning !== undefined)
        parts.push({ text: reply.reasoning, thought: true });
    if (reply.content !== '' || reply.toolCalls.length === 0) {
        const text = { text: reply.content };
        if (reply.toolCalls.length === 0 && reply.reasoningSignature !== undefined)
            text.thoughtSignature = reply.reasoningSignature;
        parts.push(text);
    }
    parts.push(...functionCallParts(reply));
    return {
        status: 200,
        body: {
            candidates: [candidate(reply, parts, true)],
            usageMetadata: geminiUsage(reply),
            modelVersion: reply.model,
            responseId: reply.id,
        },
    };
}
//# sourceMappingURL=render-gemini-json.js.map