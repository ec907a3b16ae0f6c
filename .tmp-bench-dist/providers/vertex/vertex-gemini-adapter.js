import { geminiAdapter } from '../gemini/gemini-adapter.js';
import { classifyVertexError } from './classify-vertex-error.js';
import { vertexAuthHeaders, vertexModelUrl } from './vertex-url.js';
/**
 * Gemini models on Vertex AI: the Gemini request/response/stream converters unchanged, with
 * Vertex URLs (`…/projects/{p}/locations/{l}/publishers/google/models/{m}:generateContent`,
 * `:streamGenerateContent?alt=sse`) and Vertex auth (OAuth Bearer token — from the key pool or the
 * request signer — or an express-mode API key).
 */
export const vertexGeminiAdapter = {
    protocol: 'vertex_gemini',
    requiresInlineImages: true,
    streamFraming: 'sse',
    buildRequest(request, ctx) {
        const inner = geminiAdapter.buildRequest(request, { ...ctx, apiKey: undefined });
        const url = vertexModelUrl(ctx, 'google', ctx.stream ? 'streamGenerateContent?alt=sse' : 'generateContent');
        return { ...inner, url, headers: { ...inner.headers, ...vertexAuthHeaders(ctx.apiKey) } };
    },
    parseResponse: (body, ctx) => geminiAdapter.parseResponse(body, ctx),
    createStreamParser: (ctx) => geminiAdapter.createStreamParser(ctx),
    classifyError: (response, ctx) => classifyVertexError(response, ctx.provider),
};
//# sourceMappingURL=vertex-gemini-adapter.js.map