import type { IncomingRoute, ProtocolRoute } from '../../incoming-route.js';
import type { ProtocolHandler } from '../../protocol-handler.js';
import { sseData } from '../../sse.js';
import { openaiErrorFor } from './openai-error-for.js';
import { parseOpenAIRequest } from './parse-openai-request.js';
import { renderOpenAIJson } from './render-openai-json.js';
import { renderOpenAIStream } from './render-openai-stream.js';
import { validateOpenAIRequest } from './validate-openai-request.js';

const CHAT: ProtocolRoute = Object.freeze({ operation: 'chat' });
const MODELS: ProtocolRoute = Object.freeze({ operation: 'models' });

const DEFAULT_STREAM_ERROR = {
  error: {
    message: 'The server had an error while processing your request. Sorry about that!',
    type: 'server_error',
    param: null,
    code: null,
  },
};

export interface OpenAIProtocolOverrides {
  name?: string;
  /** Replaces the suffix matching (`…/chat/completions`, `GET …/models`), e.g. for Azure deployment URLs. */
  match?: (req: IncomingRoute) => ProtocolRoute | undefined;
}

/**
 * OpenAI Chat Completions, also spoken by DeepSeek, Qwen, Moonshot, Zhipu, Groq, local servers and
 * the rest. Plug-ins with OpenAI bodies but other URLs (Azure) reuse it with their own `match`.
 */
export function createOpenAIProtocol(overrides: OpenAIProtocolOverrides = {}): ProtocolHandler {
  const name = overrides.name ?? 'openai';
  return {
    name,
    match:
      overrides.match ??
      ((req) => {
        if (req.method === 'POST' && req.path.endsWith('/chat/completions')) return CHAT;
        if (req.method === 'GET' && req.path.endsWith('/models')) return MODELS;
        return undefined;
      }),
    parseRequest: (body, route, req) => parseOpenAIRequest(body, route, req, name),
    validate: validateOpenAIRequest,
    renderJson: renderOpenAIJson,
    renderStream: renderOpenAIStream,
    errorFor: openaiErrorFor,
    streamErrorFrame: (_request, body) => sseData(body ?? DEFAULT_STREAM_ERROR),
    malformedFrame: () =>
      'data: {"id":"chatcmpl-broken","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"oops\n\n',
    handleOther: (route, _body, _req, ctx) => {
      if (route.operation !== 'models') return openaiErrorFor('not_found', undefined);
      return {
        status: 200,
        body: { object: 'list', data: ctx.models.map((id) => ({ id, object: 'model', created: 1700000000, owned_by: 'fake-upstream' })) },
      };
    },
  };
}

export const openaiProtocol: ProtocolHandler = createOpenAIProtocol();
