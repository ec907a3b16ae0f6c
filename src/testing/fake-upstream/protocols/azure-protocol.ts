import { FakeRequestError } from '../fake-request-error.js';
import { asRecord } from '../guards.js';
import type { IncomingRoute, ProtocolRoute } from '../incoming-route.js';
import type { ErrorHints, ProtocolHandler, RenderedResponse } from '../protocol-handler.js';
import { sseData } from '../sse.js';
import { azureErrors } from './azure-errors.js';
import { createOpenAIProtocol } from './openai/openai-protocol.js';

export interface AzureProtocolOptions {
  name?: string;
  /** Accepted `api-key` values; any non-empty key when omitted. */
  apiKeys?: readonly string[];
  /** Accepted Entra bearer tokens (e.g. `tokenServer.isIssued`); any non-empty token when omitted. */
  acceptToken?: (token: string) => boolean;
  /**
   * The v1 route (`…/openai/v1/chat/completions`) collides with other vendors that mount OpenAI
   * under `/openai/v1` (Groq), so it is only claimed when the request carries `api-key` or an
   * `api-version` query, or when this is true.
   */
  claimV1?: boolean;
}

const UNAUTHORIZED = String((azureErrors.azureUnauthorized().body as { error: { message: string } }).error.message);

const FILTER_OK = {
  hate: { filtered: false, severity: 'safe' },
  self_harm: { filtered: false, severity: 'safe' },
  sexual: { filtered: false, severity: 'safe' },
  violence: { filtered: false, severity: 'safe' },
};

/**
 * Azure OpenAI: OpenAI bodies on deployment URLs (`/openai/deployments/{d}/chat/completions?
 * api-version=…`, the deployment is the model) and the v1 API. Auth is `api-key` or an Entra
 * Bearer token. Responses carry Azure's `prompt_filter_results` / `content_filter_results`
 * annotations, and streams start with the prompt-filter chunk whose `choices` is empty.
 */
export function createAzureProtocol(options: AzureProtocolOptions = {}): ProtocolHandler {
  const name = options.name ?? 'azure_openai';
  const match = (req: IncomingRoute): ProtocolRoute | undefined => {
    if (req.method !== 'POST' || !req.path.endsWith('/chat/completions')) return undefined;
    const m = /\/openai\/deployments\/([^/]+)\/chat\/completions$/.exec(req.path);
    if (m) return { operation: 'chat', model: decodeURIComponent(m[1]) };
    if (
      req.path.endsWith('/openai/v1/chat/completions') &&
      (options.claimV1 || req.headers['api-key'] !== undefined || req.query.has('api-version'))
    ) {
      return { operation: 'chat' };
    }
    return undefined;
  };
  const base = createOpenAIProtocol({ name, match });
  const errorFor = (
    kind: Parameters<ProtocolHandler['errorFor']>[0],
    request: Parameters<ProtocolHandler['errorFor']>[1],
    hints: ErrorHints = {},
  ): RenderedResponse => {
    let r: RenderedResponse;
    switch (kind) {
      case 'auth':
        r = azureErrors.azureUnauthorized();
        break;
      case 'rate_limit':
        r = azureErrors.azureRateLimit();
        break;
      case 'content_filter':
        r = azureErrors.azureContentFilter();
        break;
      case 'not_found':
        r = azureErrors.azureDeploymentNotFound();
        break;
      default:
        return base.errorFor(kind, request, hints);
    }
    if (hints.message === undefined) return r;
    const body = r.body as { error: Record<string, unknown> };
    return { ...r, body: { error: { ...body.error, message: hints.message } } };
  };
  return {
    ...base,
    name,
    match,
    parseRequest(body, route, req) {
      // On deployment URLs the deployment is the model, whatever the body says.
      const parsed = base.parseRequest(body, route, req);
      return route.model ? { ...parsed, model: route.model } : parsed;
    },
    validate(request, req) {
      const denied = () => new FakeRequestError('auth', UNAUTHORIZED);
      const key = req.headers['api-key'];
      const auth = req.headers.authorization;
      if (typeof key === 'string' && key !== '') {
        if (options.apiKeys && !options.apiKeys.includes(key)) return denied();
      } else if (typeof auth === 'string' && /^bearer\s+\S/i.test(auth)) {
        const token = auth.replace(/^bearer\s+/i, '');
        if (options.acceptToken && !options.acceptToken(token)) return denied();
      } else {
        return denied();
      }
      if (req.path.includes('/openai/deployments/') && !req.query.get('api-version')) {
        return new FakeRequestError('not_found', 'Resource not found', 404);
      }
      return base.validate?.(request, req);
    },
    errorFor,
    renderJson(reply, request) {
      const r = base.renderJson(reply, request);
      const body = asRecord(r.body);
      const choices = Array.isArray(body.choices)
        ? body.choices.map((c) => ({ ...asRecord(c), content_filter_results: FILTER_OK }))
        : body.choices;
      return { ...r, body: { ...body, choices, prompt_filter_results: [{ prompt_index: 0, content_filter_results: FILTER_OK }] } };
    },
    renderStream(reply, request) {
      const s = base.renderStream(reply, request);
      const filterChunk = sseData({
        id: '',
        object: '',
        created: 0,
        model: '',
        choices: [],
        prompt_filter_results: [{ prompt_index: 0, content_filter_results: FILTER_OK }],
      });
      return { ...s, frames: [filterChunk, ...s.frames] };
    },
  };
}

export const azureProtocol: ProtocolHandler = createAzureProtocol();
