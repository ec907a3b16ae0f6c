import { verifyAwsSigV4 } from '../../../../auth/aws-sigv4-verify.js';
import type { FakeErrorKind } from '../../fake-error-kind.js';
import { FakeRequestError } from '../../fake-request-error.js';
import { asRecord, asString } from '../../guards.js';
import type { IncomingRoute, ProtocolRoute } from '../../incoming-route.js';
import type { ErrorHints, ProtocolHandler, RenderedResponse } from '../../protocol-handler.js';
import { bedrockErrors } from './bedrock-errors.js';
import { converseEvent, converseException } from './encode-event-frame.js';
import { parseConverseRequest } from './parse-converse-request.js';
import { renderConverseJson, renderConverseStream } from './render-converse.js';
import { validateConverseRequest } from './validate-converse-request.js';

/** Access keys the default fake Bedrock accepts (use these in tests that go through the default server). */
export const FAKE_AWS_CREDENTIALS = Object.freeze({
  accessKeyId: 'AKIAFAKEUPSTREAM0001',
  secretAccessKey: 'fake-upstream/secret+KEY0001',
});

export interface BedrockProtocolOptions {
  name?: string;
  /** access key id → secret access key (default: FAKE_AWS_CREDENTIALS). */
  credentials?: Readonly<Record<string, string>>;
  /** access key id → required session token, for temporary credentials. */
  sessionTokens?: Readonly<Record<string, string>>;
  /** Accepted Bedrock API keys (Bearer); any non-empty key when omitted. */
  apiKeys?: readonly string[];
  /** When set, the signature's credential scope must name this region. */
  region?: string;
  /** Clock for the signature's 5-minute skew window. */
  now?: () => Date;
}

function matchConverse(req: IncomingRoute): ProtocolRoute | undefined {
  if (req.method !== 'POST') return undefined;
  const m = /\/model\/([^/]+)\/(converse|converse-stream)$/.exec(req.path);
  if (!m) return undefined;
  let model = m[1];
  try {
    model = decodeURIComponent(model);
  } catch {
    // keep it raw
  }
  return { operation: 'chat', model, stream: m[2] === 'converse-stream' };
}

const TYPED = /^([A-Za-z]+Exception): ([\s\S]*)$/;

/**
 * AWS Bedrock Converse / ConverseStream (`/model/{id}/converse[-stream]`). Requests must be
 * SigV4-signed with known credentials (verified like AWS does: recomputed from the path as
 * received, the signed headers and the body) or carry a Bedrock API key as Bearer; failures are
 * Bedrock-style 403s. Streams are binary AWS event-stream frames.
 *
 * The core gives handlers the parsed body only, so the signature is checked against
 * `JSON.stringify(body)` — byte-identical to what a JSON client such as ours sends.
 */
export function createBedrockProtocol(options: BedrockProtocolOptions = {}): ProtocolHandler {
  const name = options.name ?? 'bedrock';
  const credentials = options.credentials ?? { [FAKE_AWS_CREDENTIALS.accessKeyId]: FAKE_AWS_CREDENTIALS.secretAccessKey };

  const checkAuth = (req: IncomingRoute, body: unknown): FakeRequestError | undefined => {
    const auth = req.headers.authorization;
    if (typeof auth !== 'string' || auth === '')
      return new FakeRequestError('auth', 'MissingAuthenticationTokenException: Missing Authentication Token');
    if (/^bearer\s+/i.test(auth)) {
      const key = auth.replace(/^bearer\s+/i, '');
      if (key === '' || (options.apiKeys && !options.apiKeys.includes(key))) {
        return new FakeRequestError('auth', 'UnrecognizedClientException: Invalid API Key format: Must start with pre-defined prefix');
      }
      return undefined;
    }
    const query = req.query.toString();
    const result = verifyAwsSigV4({
      method: req.method,
      target: query ? `${req.path}?${query}` : req.path,
      headers: req.headers,
      body: body === undefined ? '' : JSON.stringify(body),
      secretFor: (id) => credentials[id],
      sessionTokenFor: options.sessionTokens ? (id) => options.sessionTokens?.[id] : undefined,
      service: 'bedrock',
      region: options.region,
      now: options.now?.(),
    });
    return result.ok ? undefined : new FakeRequestError('auth', `${result.errorType}: ${result.message}`);
  };

  const errorFor = (kind: FakeErrorKind, _request: unknown, hints: ErrorHints = {}): RenderedResponse => {
    const typed = hints.message ? TYPED.exec(hints.message) : null;
    if (typed) {
      const [, type, message] = typed;
      const status = type === 'ValidationException' ? 400 : 403;
      return { ...bedrockErrorsByType(type, message, status), ...(hints.status ? { status: hints.status } : {}) };
    }
    const r = pick(kind);
    return hints.message === undefined ? r : { ...r, body: { message: hints.message } };
  };

  return {
    name,
    match: matchConverse,
    apiKey(req) {
      const auth = req.headers.authorization;
      if (typeof auth !== 'string') return undefined;
      if (/^bearer\s+/i.test(auth)) return auth.replace(/^bearer\s+/i, '');
      return /Credential=([^/,\s]+)\//.exec(auth)?.[1];
    },
    parseRequest: (body, route, req) => parseConverseRequest(body, route, req, name),
    validate: (request, req) => checkAuth(req, request.body) ?? validateConverseRequest(request),
    renderJson: renderConverseJson,
    renderStream: renderConverseStream,
    errorFor,
    streamErrorFrame(_request, body) {
      const b = asRecord(body);
      const type = asString(b.exceptionType) ?? 'serviceUnavailableException';
      const { exceptionType: _t, ...payload } = b;
      return converseException(type, Object.keys(payload).length > 0 ? payload : { message: 'Bedrock is unable to process your request.' });
    },
    malformedFrame() {
      const frame = converseEvent('contentBlockDelta', { contentBlockIndex: 0, delta: { text: 'oops' } }).slice();
      frame[frame.length - 1] ^= 0xff;
      return frame;
    },
  };
}

function bedrockErrorsByType(type: string, message: string, status: number): RenderedResponse {
  return {
    status,
    headers: {
      'x-amzn-errortype': `${type}:http://internal.amazon.com/coral/com.amazon.bedrock/`,
      'x-amzn-requestid': '8f3e0c52-0000-4000-8000-00000000fake',
    },
    body: { message },
  };
}

function pick(kind: FakeErrorKind): RenderedResponse {
  switch (kind) {
    case 'auth':
      return bedrockErrors.bedrockUnrecognizedClient();
    case 'permission':
      return bedrockErrors.bedrockAccessDenied();
    case 'not_found':
      return bedrockErrors.bedrockNotFound();
    case 'context_length':
      return bedrockErrors.bedrockContextLength();
    case 'rate_limit':
      return bedrockErrors.bedrockThrottling();
    case 'quota':
      // Bedrock has no prepaid balance; its quota error is the per-account service quota.
      return bedrockErrors.bedrockServiceQuota();
    case 'overloaded':
      return bedrockErrors.bedrockUnavailable();
    case 'server':
      return bedrockErrors.bedrockInternal();
    case 'timeout':
      return bedrockErrors.bedrockModelTimeout();
    case 'content_filter':
      return bedrockErrors.bedrockValidation('This request has been blocked by our content filters.');
    default:
      return bedrockErrors.bedrockValidation();
  }
}

export const bedrockProtocol: ProtocolHandler = createBedrockProtocol();
