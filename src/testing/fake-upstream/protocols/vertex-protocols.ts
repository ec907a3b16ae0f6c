import { geminiErrors, googleError } from '../errors/gemini-errors.js';
import type { FakeErrorKind } from '../fake-error-kind.js';
import { FakeRequestError } from '../fake-request-error.js';
import { asRecord } from '../guards.js';
import type { IncomingRoute, ProtocolRoute } from '../incoming-route.js';
import type { NormalizedRequest } from '../normalized-request.js';
import type { ErrorHints, ProtocolHandler, RenderedResponse } from '../protocol-handler.js';
import { createAnthropicProtocol } from './anthropic/anthropic-protocol.js';
import { createGeminiProtocol, matchGeminiPath } from './gemini/gemini-protocol.js';

export interface VertexProtocolOptions {
  name?: string;
  /** Accepted OAuth access tokens (e.g. `tokenServer.isIssued`); any non-empty token when omitted. */
  acceptToken?: (token: string) => boolean;
  /** Accepted express-mode API keys (`x-goog-api-key`, Gemini only); any `AIza…` key when omitted. */
  apiKeys?: readonly string[];
  /** When set, URLs must name this project. */
  project?: string;
}

const UNAUTHENTICATED =
  'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.';

/** Vertex's platform errors (auth, quota) are Google-model errors for every publisher. */
function vertexPlatformError(kind: FakeErrorKind, model: string | undefined): RenderedResponse | undefined {
  switch (kind) {
    case 'auth':
      return googleError(401, UNAUTHENTICATED, 'UNAUTHENTICATED');
    case 'permission':
      return googleError(403, "Permission 'aiplatform.endpoints.predict' denied on resource (or it may not exist).", 'PERMISSION_DENIED');
    case 'rate_limit':
      return googleError(
        429,
        `Quota exceeded for aiplatform.googleapis.com/generate_content_requests_per_minute_per_project_per_base_model with base model: ${model ?? 'unknown'}. Please submit a quota increase request. https://cloud.google.com/vertex-ai/docs/generative-ai/quotas-genai.`,
        'RESOURCE_EXHAUSTED',
      );
    case 'not_found':
      return googleError(404, `Publisher Model \`${model ?? ''}\` was not found or your project does not have access to it.`, 'NOT_FOUND');
    default:
      return undefined;
  }
}

function withMessage(r: RenderedResponse, message: string | undefined): RenderedResponse {
  if (message === undefined) return r;
  const body = asRecord(r.body);
  return { ...r, body: { ...body, error: { ...asRecord(body.error), message } } };
}

/** Bearer token (or, where allowed, an express key) check shared by both Vertex protocols. */
function checkAuth(req: IncomingRoute, options: VertexProtocolOptions, allowApiKey: boolean): FakeRequestError | undefined {
  const denied = new FakeRequestError('auth', UNAUTHENTICATED);
  const key = req.headers['x-goog-api-key'];
  if (allowApiKey && typeof key === 'string' && key !== '') {
    if (options.apiKeys ? !options.apiKeys.includes(key) : !key.startsWith('AIza')) return denied;
    return undefined;
  }
  const auth = req.headers.authorization;
  if (typeof auth !== 'string' || !/^bearer\s+\S/i.test(auth)) return denied;
  const token = auth.replace(/^bearer\s+/i, '');
  if (options.acceptToken && !options.acceptToken(token)) return denied;
  if (options.project && !req.path.includes(`/projects/${options.project}/locations/`)) {
    return new FakeRequestError(
      'permission',
      `Permission denied on resource project ${req.path.split('/projects/')[1]?.split('/')[0] ?? ''}.`,
    );
  }
  return undefined;
}

/**
 * Gemini on Vertex AI: `…/projects/{p}/locations/{l}/publishers/google/models/{m}:generateContent`
 * (`:streamGenerateContent?alt=sse`), or express mode `…/publishers/google/models/{m}:…` with an
 * API key. Gemini bodies; OAuth Bearer auth; Google-model platform errors.
 */
export function createVertexGeminiProtocol(options: VertexProtocolOptions = {}): ProtocolHandler {
  const name = options.name ?? 'vertex_gemini';
  const match = (req: IncomingRoute): ProtocolRoute | undefined =>
    req.method === 'POST' && req.path.includes('/publishers/google/models/') ? matchGeminiPath(req) : undefined;
  const base = createGeminiProtocol({ name, match });
  return {
    ...base,
    name,
    match,
    validate(request, req) {
      return checkAuth(req, options, true) ?? base.validate?.(request, req);
    },
    errorFor(kind, request, hints: ErrorHints = {}) {
      const platform = vertexPlatformError(kind, request?.model);
      return platform ? withMessage(platform, hints.message) : base.errorFor(kind, request, hints);
    },
  };
}

export const VERTEX_ANTHROPIC_VERSION = 'vertex-2023-10-16';

/**
 * Claude on Vertex AI: `…/publishers/anthropic/models/{m}:rawPredict` / `:streamRawPredict`. The
 * body is a Messages request without `model` (it is in the URL) and with `anthropic_version:
 * "vertex-2023-10-16"`; responses and streams are Anthropic's; auth and quota errors are Google's.
 */
export function createVertexAnthropicProtocol(options: VertexProtocolOptions = {}): ProtocolHandler {
  const name = options.name ?? 'vertex_anthropic';
  const match = (req: IncomingRoute): ProtocolRoute | undefined => {
    if (req.method !== 'POST') return undefined;
    const m = /\/publishers\/anthropic\/models\/([^/:]+):(rawPredict|streamRawPredict)$/.exec(req.path);
    if (!m) return undefined;
    let model = m[1];
    try {
      model = decodeURIComponent(model);
    } catch {
      // keep raw
    }
    return { operation: 'chat', model, stream: m[2] === 'streamRawPredict' };
  };
  const base = createAnthropicProtocol({ name, match });
  const withModel = (request: NormalizedRequest): NormalizedRequest => ({
    ...request,
    body: { ...asRecord(request.body), model: request.model },
  });
  return {
    ...base,
    name,
    match,
    parseRequest(body, route, req) {
      return { ...base.parseRequest({ ...asRecord(body), model: route.model }, route, req), body };
    },
    validate(request, req) {
      const auth = checkAuth(req, options, false);
      if (auth) return auth;
      const b = asRecord(request.body);
      if (b.anthropic_version !== VERTEX_ANTHROPIC_VERSION) {
        return new FakeRequestError('bad_request', `anthropic_version: Input should be '${VERTEX_ANTHROPIC_VERSION}'`);
      }
      if ('model' in b) return new FakeRequestError('bad_request', 'model: Extra inputs are not permitted');
      // The Messages checks, with the version header Vertex replaces by the body field.
      return base.validate?.(withModel(request), { ...req, headers: { ...req.headers, 'anthropic-version': '2023-06-01' } });
    },
    errorFor(kind, request, hints: ErrorHints = {}) {
      const platform = vertexPlatformError(kind, request?.model);
      return platform ? withMessage(platform, hints.message) : base.errorFor(kind, request, hints);
    },
    renderJson: (reply, request) => base.renderJson(reply, withModel(request)),
    renderStream: (reply, request) => base.renderStream(reply, withModel(request)),
  };
}

export const vertexGeminiProtocol: ProtocolHandler = createVertexGeminiProtocol();
export const vertexAnthropicProtocol: ProtocolHandler = createVertexAnthropicProtocol();

/** Re-exported for tests that script Vertex errors. */
export const vertexErrors = {
  vertexUnauthenticated: () => googleError(401, UNAUTHENTICATED, 'UNAUTHENTICATED'),
  vertexResourceExhausted: (model?: string) => vertexPlatformError('rate_limit', model) as RenderedResponse,
  vertexUnavailable: geminiErrors.geminiUnavailable,
};
