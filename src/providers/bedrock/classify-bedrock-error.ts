import { createLLMError, type LLMError } from '../../errors/llm-error.js';
import { parseRetryAfter } from '../../errors/parse-retry-after.js';
import { type ErrorKind, RETRYABLE_KINDS } from '../../spec/error-kind.js';
import { classifyErrorMessage } from '../classify/classify-error-message.js';
import { isRecord, readNumber, readString } from '../classify/json-guards.js';
import { kindFromStatus } from '../classify/kind-from-status.js';
import { maskSecrets } from '../classify/mask-secrets.js';
import { tryParseJson } from '../classify/try-parse-json.js';
import type { ErrorResponse } from '../provider-adapter.js';

/**
 * Bedrock exception name → kind. Decisions worth knowing:
 * - `ServiceQuotaExceededException` is **rate_limit**: Bedrock's quotas are per-minute token and
 *   request quotas (plus provisioned capacity), so waiting or another region/deployment helps; it
 *   is not an exhausted balance (AWS bills afterwards).
 * - `ModelNotReadyException` (the model is being loaded) is **overloaded**: retry elsewhere/later.
 * - `ModelErrorException` / `modelStreamErrorException` (the model itself failed) are **server**.
 * - Every signing / token failure is **auth**: the credentials are wrong, not the permissions.
 */
const TYPE_KINDS: Readonly<Record<string, ErrorKind>> = {
  ThrottlingException: 'rate_limit',
  TooManyRequestsException: 'rate_limit',
  ServiceQuotaExceededException: 'rate_limit',
  ServiceUnavailableException: 'overloaded',
  ModelNotReadyException: 'overloaded',
  AccessDeniedException: 'permission',
  UnrecognizedClientException: 'auth',
  InvalidSignatureException: 'auth',
  IncompleteSignatureException: 'auth',
  MissingAuthenticationTokenException: 'auth',
  ExpiredTokenException: 'auth',
  ExpiredToken: 'auth',
  InvalidClientTokenId: 'auth',
  SignatureDoesNotMatch: 'auth',
  ValidationException: 'invalid_request',
  ResourceNotFoundException: 'not_found',
  ModelTimeoutException: 'timeout',
  InternalServerException: 'server',
  InternalFailure: 'server',
  ModelErrorException: 'server',
  ModelStreamErrorException: 'server',
};

/** Documented HTTP statuses, for exceptions that arrive inside a 200 stream. */
const TYPE_STATUS: Readonly<Record<string, number>> = {
  ThrottlingException: 429,
  ServiceQuotaExceededException: 400,
  ServiceUnavailableException: 503,
  ModelNotReadyException: 429,
  AccessDeniedException: 403,
  ValidationException: 400,
  ResourceNotFoundException: 404,
  ModelTimeoutException: 408,
  InternalServerException: 500,
  ModelErrorException: 424,
  ModelStreamErrorException: 424,
};

const CONTEXT_LENGTH =
  /too long|input length|context (?:limit|window|length)|too many (?:input |total )?(?:tokens|text bytes)|max(?:imum)? (?:context|input) (?:length|tokens|size)/i;
const USE_CASE_FORM = /use case details|FTUFormNotFilled/i;
const INVALID_MODEL = /model identifier is invalid|model (?:id|identifier) .*(?:not found|does not exist)/i;

/** `ThrottlingException:http://internal.amazon.com/…` and `com.amazon.coral.service#ThrottlingException` → `ThrottlingException`. */
export function normalizeExceptionName(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let name = raw.split(':')[0].trim();
  const hash = name.lastIndexOf('#');
  if (hash !== -1) name = name.slice(hash + 1);
  if (name === '') return undefined;
  // Stream exception events use the union member name (`throttlingException`).
  return name[0].toUpperCase() + name.slice(1);
}

function headerValue(headers: ErrorResponse['headers'], name: string): string | undefined {
  const v = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * Bedrock error → typed LLMError. The exception name comes from the `x-amzn-ErrorType` header,
 * else the body's `__type`/`code`; the message from the body's `message`/`Message`. A
 * ValidationException about input length is `context_length`; unknown names fall back to the
 * shared message patterns, then the status.
 */
export function classifyBedrockError(response: ErrorResponse, provider: string): LLMError {
  const parsed = tryParseJson(response.bodyText);
  const body = isRecord(parsed) ? parsed : undefined;
  const name =
    normalizeExceptionName(headerValue(response.headers, 'x-amzn-errortype')) ??
    normalizeExceptionName(readString(body?.__type) ?? readString(body?.code) ?? readString(body?.Code));
  const rawMessage = readString(body?.message) ?? readString(body?.Message) ?? (body ? undefined : response.bodyText.trim().slice(0, 300));
  const message = rawMessage ? maskSecrets(rawMessage) : undefined;
  const kind = kindFor(name, message, response.status);
  return createLLMError({
    kind,
    provider,
    status: response.status,
    code: name,
    message: `${provider} ${response.status}${name ? ` ${name}` : ''}: ${message || 'no error message'}`,
    retryAfterMs: RETRYABLE_KINDS.has(kind) ? parseRetryAfter(response.headers) : undefined,
    requestId: headerValue(response.headers, 'x-amzn-requestid'),
    body: parsed ?? (response.bodyText ? response.bodyText.slice(0, 1000) : undefined),
  });
}

/**
 * An exception event inside a ConverseStream (`throttlingException`, `modelStreamErrorException`,
 * …; or `error` for a `:message-type: error` frame) → typed LLMError with the documented status.
 */
export function bedrockStreamError(eventName: string, data: string, provider: string): LLMError {
  const parsed = tryParseJson(data);
  const body = isRecord(parsed) ? parsed : {};
  const name = eventName === 'error' ? normalizeExceptionName(readString(body.__type)) : normalizeExceptionName(eventName);
  const original = readNumber(body.originalStatusCode);
  const status = (name ? TYPE_STATUS[name] : undefined) ?? original ?? 500;
  const message = readString(body.message) ?? readString(body.originalMessage);
  const kind = kindFor(name, message, status);
  return createLLMError({
    kind,
    provider,
    status,
    code: name,
    message: `${provider} stream ${name ?? 'error'}: ${message ? maskSecrets(message) : 'no error message'}`,
    body: parsed,
  });
}

function kindFor(name: string | undefined, message: string | undefined, status: number): ErrorKind {
  if (message && USE_CASE_FORM.test(message)) return 'permission';
  const byName = name ? TYPE_KINDS[name] : undefined;
  if (byName === 'invalid_request') {
    if (message && CONTEXT_LENGTH.test(message)) return 'context_length';
    if (message && INVALID_MODEL.test(message)) return 'not_found';
    const byMessage = classifyErrorMessage(message);
    return byMessage === 'content_policy' || byMessage === 'context_length' ? byMessage : 'invalid_request';
  }
  if (byName) return byName;
  const byMessage = classifyErrorMessage(message);
  if (byMessage && (status === 400 || status === 500 || status === 200)) return byMessage;
  return kindFromStatus(status) ?? byMessage ?? 'server';
}
