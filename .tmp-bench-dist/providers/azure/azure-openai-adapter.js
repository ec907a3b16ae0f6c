import { buildOpenAIWireRequest, openaiCompatibleAdapter } from '../openai-compatible/openai-compatible-adapter.js';
import { resolveAzureTarget } from './azure-url.js';
/**
 * Azure OpenAI: the OpenAI-compatible converters with Azure URLs (deployment or v1 API, see
 * `resolveAzureTarget`) and the `api-key` header. Entra ID bearer tokens replace the key in the
 * request signer (`../cloud-auth.ts`). Content filtering needs nothing extra: a blocked prompt is
 * a 400 `content_filter` (innererror `ResponsibleAIPolicyViolation`), classified `content_policy`
 * by the OpenAI-compatible tables; a filtered answer is `finish_reason: "content_filter"`;
 * `retry-after-ms` / `x-ms-retry-after-ms` are read by `parseRetryAfter`.
 */
export const azureOpenAIAdapter = {
    protocol: 'azure_openai',
    streamFraming: 'sse',
    buildRequest(request, ctx) {
        const target = resolveAzureTarget(ctx);
        // The key always goes in `api-key`, also when a non-Azure backend (openai) points here.
        const wire = buildOpenAIWireRequest(request, { ...ctx, quirks: { ...ctx.quirks, apiKeyHeader: 'api-key' } });
        return { ...wire, url: target.url };
    },
    parseResponse: openaiCompatibleAdapter.parseResponse,
    createStreamParser: openaiCompatibleAdapter.createStreamParser,
    classifyError: openaiCompatibleAdapter.classifyError,
};
//# sourceMappingURL=azure-openai-adapter.js.map