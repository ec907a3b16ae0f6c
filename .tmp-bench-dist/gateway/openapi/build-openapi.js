import { z } from 'zod';
import { chatRequestSchema } from '../../spec/chat-request-schema.js';
import { anthropicCountTokensSchema, anthropicRequestSchema } from '../anthropic/anthropic-request-schema.js';
import { countTokensRequestSchema, tokenizeRequestSchema } from '../routes/tokenize.js';
import { anthropicErrorSchema, anthropicMessageResponseSchema, chatCompletionSchema, modelListSchema, openaiErrorSchema, simpleChatEventSchema, tokenCountSchema, visionJsonSchema, visionMultipartSchema, } from './response-schemas.js';
function schema(s, io = 'input') {
    const out = z.toJSONSchema(s, { io, target: 'draft-2020-12', unrepresentable: 'any' });
    delete out.$schema;
    return out;
}
const ref = (name) => ({ $ref: `#/components/schemas/${name}` });
const json = (s) => ({ 'application/json': { schema: s } });
function errors(style, codes) {
    const out = {};
    const descriptions = {
        400: 'Invalid request (the message and `param` name the field)',
        401: 'Missing or invalid API key',
        403: 'The key may not use this model',
        404: 'Unknown model or route',
        413: 'Body larger than server.body_limit / upload_limit',
        429: 'Rate limited: every candidate was rate limited, or a gateway limit / budget was reached (Retry-After set)',
        502: 'Upstream failure (after failover)',
        503: 'No provider configured, upstream overloaded, or shutting down',
        504: 'No answer within the deadline',
    };
    for (const c of codes)
        out[String(c)] = { description: descriptions[c] ?? 'Error', content: json(ref(style === 'openai' ? 'Error' : 'AnthropicError')) };
    return out;
}
const SERVED_HEADERS = {
    'x-request-id': { schema: { type: 'string' }, description: 'Request id (also in every log line).' },
    'x-stable-llm-backend': { schema: { type: 'string' }, description: 'Backend that answered.' },
    'x-stable-llm-model': { schema: { type: 'string' }, description: 'Upstream model id that answered.' },
    'x-stable-llm-key-id': { schema: { type: 'string' }, description: 'Id of the upstream API key used (never the key).' },
    'x-stable-llm-attempts': { schema: { type: 'integer' }, description: 'Upstream tries for this request.' },
    'x-stable-llm-overhead-ms': { schema: { type: 'number' }, description: 'Gateway time not spent waiting for the upstream.' },
    'x-stable-llm-cost-usd': { schema: { type: 'number' }, description: 'Cost in USD (non-streaming responses).' },
};
const CHAT_CODES = [400, 401, 403, 404, 413, 429, 502, 503, 504];
const API_SECURITY = [{ bearerAuth: [] }, { apiKeyHeader: [] }, {}];
/**
 * OpenAPI 3.1 for the gateway, generated from the same zod schemas that validate requests, so
 * the document cannot drift from what the server accepts.
 */
export function buildOpenApi(version) {
    const chat = (summary, description) => ({
        summary,
        description,
        tags: ['OpenAI-compatible'],
        security: API_SECURITY,
        requestBody: { required: true, content: json(ref('ChatCompletionRequest')) },
        responses: {
            200: {
                description: 'chat.completion (JSON), or chat.completion.chunk events (text/event-stream) when stream is true',
                headers: SERVED_HEADERS,
                content: { ...json(ref('ChatCompletion')), 'text/event-stream': { schema: { type: 'string' } } },
            },
            ...errors('openai', CHAT_CODES),
        },
    });
    return {
        openapi: '3.1.0',
        info: {
            title: 'stable-llm gateway',
            version,
            description: 'One OpenAI-shaped API in front of every LLM provider, with failover across keys, endpoints, providers and backup models. ' +
                '`model` may be `backend/model`, a model name unique across backends, or a route name.',
            license: { name: 'MIT' },
        },
        servers: [{ url: '/' }],
        tags: [{ name: 'OpenAI-compatible' }, { name: 'Anthropic-compatible' }, { name: 'Simple' }, { name: 'Tokens' }, { name: 'Operations' }],
        paths: {
            '/v1/chat/completions': {
                post: chat('Create a chat completion', 'OpenAI Chat Completions, JSON or SSE (`stream: true`; `stream_options.include_usage` adds a usage chunk).'),
            },
            '/api/v1/chat/completions': { post: chat('Create a chat completion (alias)', 'Same as /v1/chat/completions.') },
            '/v1/models': {
                get: {
                    summary: 'List models and routes',
                    tags: ['OpenAI-compatible'],
                    security: API_SECURITY,
                    responses: { 200: { description: 'OpenAI list', content: json(ref('ModelList')) }, ...errors('openai', [401]) },
                },
            },
            '/v1/models/{model}': {
                get: {
                    summary: 'Retrieve a model',
                    tags: ['OpenAI-compatible'],
                    security: API_SECURITY,
                    parameters: [{ name: 'model', in: 'path', required: true, schema: { type: 'string' } }],
                    responses: { 200: { description: 'Model', content: json({ type: 'object' }) }, ...errors('openai', [401, 404]) },
                },
            },
            '/v1/messages': {
                post: {
                    summary: 'Create a message (Anthropic-compatible)',
                    description: 'Anthropic Messages API to any backend. `x-api-key` or Bearer auth. SSE events when `stream` is true.',
                    tags: ['Anthropic-compatible'],
                    security: API_SECURITY,
                    requestBody: { required: true, content: json(ref('AnthropicMessagesRequest')) },
                    responses: {
                        200: {
                            description: 'message (JSON) or Anthropic SSE events',
                            headers: SERVED_HEADERS,
                            content: { ...json(ref('AnthropicMessage')), 'text/event-stream': { schema: { type: 'string' } } },
                        },
                        ...errors('anthropic', [400, 401, 403, 404, 413, 429, 502, 504]),
                        529: { description: 'Upstream overloaded', content: json(ref('AnthropicError')) },
                    },
                },
            },
            '/v1/messages/count_tokens': {
                post: {
                    summary: 'Count tokens (Anthropic-compatible)',
                    tags: ['Anthropic-compatible'],
                    security: API_SECURITY,
                    requestBody: { required: true, content: json(schema(anthropicCountTokensSchema)) },
                    responses: {
                        200: { description: 'Token count', content: json({ type: 'object', properties: { input_tokens: { type: 'integer' } } }) },
                        ...errors('anthropic', [400, 401]),
                    },
                },
            },
            '/api/v1/vision/completions': {
                post: {
                    summary: 'Analyse an image',
                    description: 'Multipart upload (`image` file + `prompt`) or JSON with a data URL. Answers like /v1/chat/completions. Without `model` the active vision model answers.',
                    tags: ['Simple'],
                    security: API_SECURITY,
                    requestBody: {
                        required: true,
                        content: { 'multipart/form-data': { schema: schema(visionMultipartSchema) }, ...json(schema(visionJsonSchema)) },
                    },
                    responses: {
                        200: { description: 'chat.completion or SSE', headers: SERVED_HEADERS, content: json(ref('ChatCompletion')) },
                        ...errors('openai', [...CHAT_CODES, 415]),
                    },
                },
            },
            '/api/chat': {
                post: {
                    summary: 'Simple streaming chat',
                    description: 'Always streams `data: {"content": "..."}` events, then `data: [DONE]`. Body: `{messages, model?, temperature?, ...}`.',
                    tags: ['Simple'],
                    security: API_SECURITY,
                    requestBody: { required: true, content: json(ref('ChatCompletionRequest')) },
                    responses: {
                        200: {
                            description: 'text/event-stream',
                            content: { 'text/event-stream': { schema: schema(simpleChatEventSchema, 'output') } },
                        },
                        ...errors('openai', CHAT_CODES),
                    },
                },
            },
            '/v1/tokenize': {
                post: {
                    summary: "Count tokens with the model's own tokenizer",
                    tags: ['Tokens'],
                    security: API_SECURITY,
                    requestBody: { required: true, content: json(schema(tokenizeRequestSchema)) },
                    responses: {
                        200: { description: 'Token count', content: json(schema(tokenCountSchema, 'output')) },
                        ...errors('openai', [400, 401]),
                    },
                },
            },
            '/count_tokens': {
                post: {
                    summary: 'Count tokens (vv-llm compatible)',
                    tags: ['Tokens'],
                    security: API_SECURITY,
                    requestBody: { required: true, content: json(schema(countTokensRequestSchema)) },
                    responses: {
                        200: { description: '{total_tokens}', content: json({ type: 'object', properties: { total_tokens: { type: 'integer' } } }) },
                        ...errors('openai', [400, 401]),
                    },
                },
            },
            '/health': {
                get: {
                    summary: 'Liveness, versions, provider summary',
                    tags: ['Operations'],
                    responses: { 200: { description: 'OK', content: json({ type: 'object' }) } },
                },
            },
            '/health/ready': {
                get: {
                    summary: 'Readiness (503 while draining)',
                    tags: ['Operations'],
                    responses: { 200: { description: 'Ready' }, 503: { description: 'Draining' } },
                },
            },
            '/status': {
                get: {
                    summary: 'Breakers, key pools (masked), limits, spend',
                    tags: ['Operations'],
                    security: API_SECURITY,
                    responses: { 200: { description: 'Status', content: json({ type: 'object' }) } },
                },
            },
            '/metrics': {
                get: {
                    summary: 'Prometheus metrics',
                    tags: ['Operations'],
                    responses: { 200: { description: 'text/plain; version=0.0.4', content: { 'text/plain': { schema: { type: 'string' } } } } },
                },
            },
        },
        components: {
            securitySchemes: {
                bearerAuth: { type: 'http', scheme: 'bearer', description: 'Master key or a gateway key (required when configured).' },
                apiKeyHeader: { type: 'apiKey', in: 'header', name: 'x-api-key', description: 'Anthropic-style key header.' },
            },
            schemas: {
                ChatCompletionRequest: schema(chatRequestSchema),
                ChatCompletion: schema(chatCompletionSchema, 'output'),
                AnthropicMessagesRequest: schema(anthropicRequestSchema),
                AnthropicMessage: schema(anthropicMessageResponseSchema, 'output'),
                ModelList: schema(modelListSchema, 'output'),
                Error: schema(openaiErrorSchema, 'output'),
                AnthropicError: schema(anthropicErrorSchema, 'output'),
            },
        },
    };
}
//# sourceMappingURL=build-openapi.js.map