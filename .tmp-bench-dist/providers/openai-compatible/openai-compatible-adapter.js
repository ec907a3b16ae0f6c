import { classifyOpenAICompatibleError } from './classify-openai-compatible-error.js';
import { convertToOpenAIRequest } from './convert-to-openai-request.js';
import { parseOpenAIResponse } from './parse-openai-response.js';
import { createOpenAIStreamParser } from './parse-openai-stream.js';
/**
 * The one adapter behind every OpenAI-compatible vendor (OpenAI, DeepSeek, Qwen, Moonshot, Zhipu,
 * MiniMax, Groq, Mistral, xAI, local servers …). Vendors differ only in their preset's quirks.
 */
export const openaiCompatibleAdapter = {
    protocol: 'openai',
    buildRequest: buildOpenAIWireRequest,
    parseResponse: parseOpenAIResponse,
    createStreamParser: createOpenAIStreamParser,
    classifyError: classifyOpenAICompatibleError,
    streamFraming: 'sse',
};
export function buildOpenAIWireRequest(request, ctx) {
    const { body, warnings } = convertToOpenAIRequest(request, ctx);
    const headers = { 'content-type': 'application/json' };
    if (ctx.apiKey) {
        const header = ctx.quirks.apiKeyHeader;
        if (header)
            headers[header.toLowerCase()] = ctx.apiKey;
        else
            headers.authorization = `Bearer ${ctx.apiKey}`;
    }
    const base = ctx.apiBase.endsWith('/') ? ctx.apiBase.slice(0, -1) : ctx.apiBase;
    return { url: `${base}/chat/completions`, method: 'POST', headers, body: JSON.stringify(body), warnings };
}
//# sourceMappingURL=openai-compatible-adapter.js.map