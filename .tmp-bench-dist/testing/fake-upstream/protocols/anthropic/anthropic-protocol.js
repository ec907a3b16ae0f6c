import { sseEvent } from '../../sse.js';
import { anthropicErrorFor } from './anthropic-error-for.js';
import { parseAnthropicRequest } from './parse-anthropic-request.js';
import { renderAnthropicJson } from './render-anthropic-json.js';
import { renderAnthropicStream } from './render-anthropic-stream.js';
import { validateAnthropicRequest } from './validate-anthropic-request.js';
const CHAT = Object.freeze({ operation: 'chat' });
const COUNT = Object.freeze({ operation: 'count_tokens' });
const MODELS = Object.freeze({ operation: 'models' });
const DEFAULT_STREAM_ERROR = {
    type: 'error',
    error: { type: 'overloaded_error', message: 'Overloaded' },
    request_id: 'req_fake_stream_error',
};
/** The Anthropic Messages API (also DeepSeek's, MiniMax's and StepFun's Anthropic-compatible endpoints). */
export function createAnthropicProtocol(overrides = {}) {
    const name = overrides.name ?? 'anthropic';
    return {
        name,
        match: overrides.match ??
            ((req) => {
                if (req.method === 'POST') {
                    if (req.path.endsWith('/messages'))
                        return CHAT;
                    if (req.path.endsWith('/messages/count_tokens'))
                        return COUNT;
                }
                else if (req.method === 'GET' && req.path.endsWith('/models') && req.headers['anthropic-version'] !== undefined) {
                    return MODELS;
                }
                return undefined;
            }),
        parseRequest: (body, route, req) => parseAnthropicRequest(body, route, req, name),
        validate: validateAnthropicRequest,
        renderJson: renderAnthropicJson,
        renderStream: renderAnthropicStream,
        errorFor: anthropicErrorFor,
        streamErrorFrame: (_request, body) => sseEvent('error', body ?? DEFAULT_STREAM_ERROR),
        malformedFrame: () => 'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"oops\n\n',
        handleOther: (route, body, req, ctx) => {
            if (route.operation === 'count_tokens') {
                return { status: 200, body: { input_tokens: ctx.estimateInputTokens(parseAnthropicRequest(body, route, req, name)) } };
            }
            if (route.operation !== 'models')
                return anthropicErrorFor('not_found', undefined);
            const data = ctx.models.map((id) => ({ type: 'model', id, display_name: id, created_at: '2025-01-01T00:00:00Z' }));
            return { status: 200, body: { data, has_more: false, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null } };
        },
    };
}
export const anthropicProtocol = createAnthropicProtocol();
//# sourceMappingURL=anthropic-protocol.js.map