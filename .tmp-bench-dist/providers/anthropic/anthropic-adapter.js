import { classifyAnthropicError } from './classify-anthropic-error.js';
import { convertToAnthropicRequest } from './convert-to-anthropic-request.js';
import { parseAnthropicResponse } from './parse-anthropic-response.js';
import { createAnthropicStreamParser } from './parse-anthropic-stream.js';
/** The API version header every Messages request must carry. */
export const ANTHROPIC_VERSION = '2023-06-01';
/**
 * Anthropic Messages API (`POST {apiBase}/messages`) as pure converters. Anthropic fetches http(s)
 * image URLs itself, so images need no inlining here.
 */
export const anthropicAdapter = {
    protocol: 'anthropic',
    requiresInlineImages: false,
    streamFraming: 'sse',
    buildRequest(request, ctx) {
        const { body, warnings } = convertToAnthropicRequest(request, ctx);
        const headers = {
            'content-type': 'application/json',
            'anthropic-version': ANTHROPIC_VERSION,
        };
        if (ctx.apiKey)
            headers['x-api-key'] = ctx.apiKey;
        if (ctx.stream)
            headers.accept = 'text/event-stream';
        return { url: `${ctx.apiBase}/messages`, method: 'POST', headers, body: JSON.stringify(body), warnings };
    },
    parseResponse: (body, ctx) => parseAnthropicResponse(body, ctx),
    createStreamParser: (ctx) => createAnthropicStreamParser(ctx),
    classifyError: (response, ctx) => classifyAnthropicError(response, ctx.provider),
};
//# sourceMappingURL=anthropic-adapter.js.map