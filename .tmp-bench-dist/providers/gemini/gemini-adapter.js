import { classifyGeminiError } from './classify-gemini-error.js';
import { convertToGeminiRequest } from './convert-to-gemini-request.js';
import { parseGeminiResponse } from './parse-gemini-response.js';
import { createGeminiStreamParser } from './parse-gemini-stream.js';
/** `models/<id>` path segment; ids that already carry a collection (`tunedModels/x`) are kept. */
export function geminiModelPath(model) {
    return model.includes('/') ? model : `models/${model}`;
}
/**
 * Gemini API (AI Studio) `generateContent` / `streamGenerateContent?alt=sse` as pure converters.
 * Gemini cannot fetch image URLs, so the client inlines them first (`requiresInlineImages`).
 */
export const geminiAdapter = {
    protocol: 'gemini',
    requiresInlineImages: true,
    streamFraming: 'sse',
    buildRequest(request, ctx) {
        const { body, warnings } = convertToGeminiRequest(request, ctx);
        const method = ctx.stream ? 'streamGenerateContent?alt=sse' : 'generateContent';
        const headers = { 'content-type': 'application/json' };
        if (ctx.apiKey)
            headers['x-goog-api-key'] = ctx.apiKey;
        if (ctx.stream)
            headers.accept = 'text/event-stream';
        return { url: `${ctx.apiBase}/${geminiModelPath(ctx.model)}:${method}`, method: 'POST', headers, body: JSON.stringify(body), warnings };
    },
    parseResponse: (body, ctx) => parseGeminiResponse(body, ctx),
    createStreamParser: (ctx) => createGeminiStreamParser(ctx),
    classifyError: (response, ctx) => classifyGeminiError(response, ctx.provider),
};
//# sourceMappingURL=gemini-adapter.js.map