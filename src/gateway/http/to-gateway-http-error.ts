import { ConfigError } from '../../errors/config-error.js';
import type { LLMError } from '../../errors/llm-error.js';
import type { ErrorKind } from '../../spec/error-kind.js';
import { GatewayHttpError } from './http-error.js';

interface AttemptLike {
  target?: string;
  outcome?: string;
  kind?: string;
  status?: number;
  skipReason?: string;
  message?: string;
}

const RATE_KINDS = new Set(['rate_limit', 'quota_exhausted']);

/**
 * Decides the HTTP answer for anything a handler threw. Upstream trouble never looks like the
 * caller's fault: a bad upstream key is a 502, not a 401 (the caller's gateway key is fine).
 * 429 only when every candidate was rate limited, so clients back off only when waiting helps.
 */
export function toGatewayHttpError(err: unknown): GatewayHttpError {
  if (err instanceof GatewayHttpError) return err;
  if (err instanceof ConfigError) {
    const notFound = /unknown model|no models configured/.test(err.message);
    return new GatewayHttpError({
      status: notFound ? 404 : 503,
      type: notFound ? 'invalid_request_error' : 'service_unavailable_error',
      code: notFound ? 'model_not_found' : 'configuration_error',
      param: notFound ? 'model' : null,
      message: err.message,
    });
  }
  const e = asLLMError(err);
  if (!e) {
    return new GatewayHttpError({
      status: 500,
      type: 'api_error',
      code: 'internal_error',
      message: 'internal gateway error; see the gateway log for this request id',
    });
  }
  const attempts = Array.isArray((e as { attempts?: unknown }).attempts)
    ? (e as unknown as { attempts: AttemptLike[] }).attempts
    : undefined;
  const detail = attempts?.length ? { attempts: attempts.slice(0, 20).map(summarize) } : undefined;
  const kind = effectiveKind(e.kind, attempts);
  const retryHeaders = (ms: number | undefined): Record<string, string> =>
    ms !== undefined && ms > 0 ? { 'retry-after': String(Math.max(1, Math.ceil(ms / 1000))), 'retry-after-ms': String(Math.ceil(ms)) } : {};
  const message = e.message;
  switch (kind) {
    case 'invalid_request': {
      const param = e.code && e.code !== 'invalid_request' ? e.code : null;
      return new GatewayHttpError({
        kind,
        status: 400,
        type: 'invalid_request_error',
        code: param ?? 'invalid_request',
        param,
        message,
        detail,
      });
    }
    case 'context_length':
      return new GatewayHttpError({
        kind,
        status: 400,
        type: 'invalid_request_error',
        code: 'context_length_exceeded',
        param: 'messages',
        message,
        detail,
      });
    case 'content_policy':
      return new GatewayHttpError({ kind, status: 400, type: 'invalid_request_error', code: 'content_policy_violation', message, detail });
    case 'not_found':
      return new GatewayHttpError({
        kind,
        status: 404,
        type: 'invalid_request_error',
        code: e.code === 'model_not_found' || !e.provider ? 'model_not_found' : 'upstream_not_found',
        param: 'model',
        message,
        detail,
      });
    case 'rate_limit':
      return new GatewayHttpError({
        kind,
        status: 429,
        type: 'rate_limit_error',
        code: 'rate_limit_exceeded',
        message,
        detail,
        headers: retryHeaders(e.retryAfterMs),
      });
    case 'quota_exhausted':
      return new GatewayHttpError({
        kind,
        status: 429,
        type: 'insufficient_quota',
        code: 'insufficient_quota',
        message,
        detail,
        headers: { 'x-should-retry': 'false' },
      });
    case 'auth':
    case 'permission':
      return new GatewayHttpError({
        kind,
        status: 502,
        type: 'upstream_error',
        code: kind === 'auth' ? 'upstream_authentication_failed' : 'upstream_permission_denied',
        message,
        detail,
      });
    case 'overloaded':
      return new GatewayHttpError({
        kind,
        status: 503,
        type: 'service_unavailable_error',
        code: 'upstream_overloaded',
        message,
        detail,
        headers: retryHeaders(e.retryAfterMs),
      });
    case 'timeout':
      return new GatewayHttpError({ kind, status: 504, type: 'timeout_error', code: 'upstream_timeout', message, detail });
    case 'aborted':
      return new GatewayHttpError({ kind, status: 499, type: 'aborted', code: 'client_closed_request', message, detail });
    default:
      return new GatewayHttpError({
        kind,
        status: 502,
        type: 'upstream_error',
        code: kind === 'network' ? 'upstream_unreachable' : 'upstream_error',
        message,
        detail,
      });
  }
}

/** When every real attempt was a rate limit (or skipped for a local limit), the answer is a 429. */
function effectiveKind(kind: ErrorKind, attempts: AttemptLike[] | undefined): ErrorKind {
  if (!attempts || attempts.length === 0 || RATE_KINDS.has(kind)) return kind;
  const allLimited = attempts.every((a) => (a.outcome === 'skipped' ? isWaitSkip(a) : RATE_KINDS.has(a.kind ?? '')));
  if (allLimited) return attempts.some((a) => a.kind === 'rate_limit' || a.outcome === 'skipped') ? 'rate_limit' : 'quota_exhausted';
  return kind;
}

function isWaitSkip(a: AttemptLike): boolean {
  return a.skipReason === 'rate_limited_locally' || a.skipReason === 'keys_cooling_down';
}

function summarize(a: AttemptLike): Record<string, unknown> {
  const out: Record<string, unknown> = { target: a.target, outcome: a.outcome };
  if (a.kind) out.kind = a.kind;
  if (a.status) out.status = a.status;
  if (a.skipReason) out.skip_reason = a.skipReason;
  if (a.message) out.message = a.message.length > 300 ? `${a.message.slice(0, 297)}...` : a.message;
  return out;
}

function asLLMError(err: unknown): LLMError | undefined {
  if (err !== null && typeof err === 'object' && typeof (err as { kind?: unknown }).kind === 'string' && err instanceof Error)
    return err as LLMError;
  return undefined;
}
