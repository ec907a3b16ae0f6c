import { sseData } from '../../sse.js';
import { candidate, functionCallParts, geminiPromptUsage, geminiUsage } from './gemini-candidate.js';
/**
 * `streamGenerateContent?alt=sse`: one GenerateContentResponse per event, separated by CRLF CRLF as
 * Google sends them. Thought parts first, then text pieces, function calls whole in one chunk; the
 * last chunk carries finishReason and the full usage, earlier ones only the prompt count.
 */
export function renderGeminiStream(reply, _request) {
    const chunks = [];
    for (const piece of reply.reasoningChunks)
        chunks.push([{ text: piece, thought: true }]);
    for (const piece of reply.contentChunks)
        chunks.push([{ text: piece }]);
    const calls = functionCallParts(reply);
    if (calls.length > 0)
        chunks.push(calls);
    else if (reply.reasoningSignature !== undefined)
        chunks.push([{ text: '', thoughtSignature: reply.reasoningSignature }]);
    if (chunks.length === 0)
        chunks.push([{ text: '' }]);
    const frames = chunks.map((parts, i) => {
        const final = i === chunks.length - 1;
        return sseData({
            candidates: [candidate(reply, parts, final)],
            usageMetadata: final ? geminiUsage(reply) : geminiPromptUsage(reply),
            modelVersion: reply.model,
            responseId: reply.id,
        }, '\r\n');
    });
    return { contentType: 'text/event-stream', frames };
}
//# sourceMappingURL=render-gemini-stream.js.map