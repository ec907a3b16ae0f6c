import { asRecord } from '../../guards.js';
import { sseData } from '../../sse.js';
import { geminiErrorFor } from './gemini-error-for.js';
import { parseGeminiRequest } from './parse-gemini-request.js';
import { renderGeminiJson } from './render-gemini-json.js';
import { renderGeminiStream } from './render-gemini-stream.js';
import { validateGeminiRequest } from './validate-gemini-request.js';
const MODELS = Object.freeze({ operation: 'models' });
const DEFAULT_STREAM_ERROR = { error: { code: 503, message: 'The model is overloaded. Please try again later.', status: 'UNAVAILABLE' } };
/**
 * `…/models/{model}:{method}`: the part after the last `/models/` up to the last colon. Works for
 * AI Studio (`/v1beta/models/…`) and Vertex (`…/publishers/google/models/…`) paths alike.
 */
export function matchGeminiPath(req) {
    const { path } = req;
    if (req.method === 'GET') {
        const googleKey = req.headers['x-goog-api-key'] !== undefined || req.query.has('key');
        return googleKey && path.endsWith('/models') ? MODELS : undefined;
    }
    if (req.method !== 'POST')
        return undefined;
    const colon = path.lastIndexOf(':');
    if (colon === -1)
        return undefined;
    const at = path.lastIndexOf('/models/', colon);
    if (at === -1)
        return undefined;
    const rawModel = path.slice(at + 8, colon);
    if (rawModel.includes('/'))
        return undefined;
    let model;
    try {
        model = decodeURIComponent(rawModel);
    }
    catch {
        model = rawModel;
    }
    switch (path.slice(colon + 1)) {
        case 'generateContent':
            return { operation: 'chat', model, stream: false };
        case 'streamGenerateContent':
            return { operation: 'chat', model, stream: true };
        case 'countTokens':
            return { operation: 'count_tokens', model };
        default:
            return undefined;
    }
}
/** The Gemini API (AI Studio), also the wire format of Gemini on Vertex AI. */
export function createGeminiProtocol(overrides = {}) {
    const name = overrides.name ?? 'gemini';
    return {
        name,
        match: overrides.match ?? matchGeminiPath,
        parseRequest: (body, route, req) => parseGeminiRequest(body, route, req, name),
        validate: validateGeminiRequest,
        renderJson: renderGeminiJson,
        renderStream: renderGeminiStream,
        errorFor: geminiErrorFor,
        streamErrorFrame: (_request, body) => sseData(body ?? DEFAULT_STREAM_ERROR, '\r\n'),
        malformedFrame: () => 'data: {"candidates": [{"content": {"parts": [{"text": "oops\r\n\r\n',
        handleOther: (route, body, req, ctx) => {
            if (route.operation === 'count_tokens') {
                // countTokens takes either `contents` or a whole `generateContentRequest`.
                const inner = asRecord(body).generateContentRequest ?? body;
                const totalTokens = ctx.estimateInputTokens(parseGeminiRequest(inner, route, req, name));
                return { status: 200, body: { totalTokens, promptTokensDetails: [{ modality: 'TEXT', tokenCount: totalTokens }] } };
            }
            if (route.operation !== 'models')
                return geminiErrorFor('not_found', undefined);
            return {
                status: 200,
                body: {
                    models: ctx.models.map((id) => ({
                        name: `models/${id}`,
                        version: '001',
                        displayName: id,
                        inputTokenLimit: 1048576,
                        outputTokenLimit: 65536,
                        supportedGenerationMethods: ['generateContent', 'countTokens'],
                    })),
                },
            };
        },
    };
}
export const geminiProtocol = createGeminiProtocol();
//# sourceMappingURL=gemini-protocol.js.map