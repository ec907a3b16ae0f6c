import { anthropicAdapter } from '../anthropic/anthropic-adapter.js';
import { convertToAnthropicRequest } from '../anthropic/convert-to-anthropic-request.js';
import { classifyVertexError } from './classify-vertex-error.js';
import { vertexAuthHeaders, vertexModelUrl } from './vertex-url.js';
/** The Messages API version Vertex expects in the body (instead of the `anthropic-version` header). */
export const VERTEX_ANTHROPIC_VERSION = 'vertex-2023-10-16';
/**
 * Claude on Vertex AI (`…/publishers/anthropic/models/{m}:rawPredict` / `:streamRawPredict`): the
 * Messages body without `model` (it is in the URL) and with `anthropic_version:
 * vertex-2023-10-16`. Vertex cannot fetch image URLs, so images must be base64
 * (`requiresInlineImages`). Responses and streams are plain Anthropic ones.
 */
export const vertexAnthropicAdapter = {
    protocol: 'vertex_anthropic',
    requiresInlineImages: true,
    streamFraming: 'sse',
    buildRequest(request, ctx) {
        const { body, warnings } = convertToAnthropicRequest(request, ctx, { allowImageUrls: false });
        const { model: _model, ...rest } = body;
        const headers = { 'content-type': 'application/json', ...vertexAuthHeaders(ctx.apiKey) };
        if (ctx.stream)
            headers.accept = 'text/event-stream';
        return {
            url: vertexModelUrl(ctx, 'anthropic', ctx.stream ? 'streamRawPredict' : 'rawPredict'),
            method: 'POST',
            headers,
            body: JSON.stringify({ anthropic_version: VERTEX_ANTHROPIC_VERSION, ...rest }),
            warnings,
        };
    },
    parseResponse: (body, ctx) => anthropicAdapter.parseResponse(body, ctx),
    createStreamParser: (ctx) => anthropicAdapter.createStreamParser(ctx),
    classifyError: (response, ctx) => classifyVertexError(response, ctx.provider),
};
//# sourceMappingURL=vertex-anthropic-adapter.js.map