import { bedrockConverseUrl, resolveBedrockApiBase } from './bedrock-url.js';
import { classifyBedrockError } from './classify-bedrock-error.js';
import { convertToBedrockRequest } from './convert-to-bedrock-request.js';
import { parseBedrockResponse } from './parse-bedrock-response.js';
import { createBedrockStreamParser } from './parse-bedrock-stream.js';
/**
 * AWS Bedrock Converse / ConverseStream as pure converters, for every model family Bedrock
 * serves. Authentication: a Bedrock API key in `ctx.apiKey` is sent here as a Bearer token;
 * SigV4 signing (access keys) is I/O-free but needs the final headers, so it is done by the
 * request signer (`src/providers/cloud-auth.ts`) after this, replacing any Bearer header.
 * Streams are AWS binary event streams (`streamFraming: 'aws-eventstream'`).
 */
export const bedrockAdapter = {
    protocol: 'bedrock',
    requiresInlineImages: true,
    streamFraming: 'aws-eventstream',
    buildRequest(request, ctx) {
        const { body, warnings } = convertToBedrockRequest(request, ctx);
        const headers = {
            'content-type': 'application/json',
            accept: ctx.stream ? 'application/vnd.amazon.eventstream' : 'application/json',
        };
        if (ctx.apiKey)
            headers.authorization = `Bearer ${ctx.apiKey}`;
        return {
            url: bedrockConverseUrl(resolveBedrockApiBase(ctx), ctx.model, ctx.stream),
            method: 'POST',
            headers,
            body: JSON.stringify(body),
            warnings,
        };
    },
    parseResponse: (body, ctx) => parseBedrockResponse(body, ctx),
    createStreamParser: (ctx) => createBedrockStreamParser(ctx),
    classifyError: (response, ctx) => classifyBedrockError(response, ctx.provider),
};
//# sourceMappingURL=bedrock-adapter.js.map