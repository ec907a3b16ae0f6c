import { describe, expect, it } from 'vitest';
import type { ErrorKind } from '../../spec/error-kind.js';
import { classifyBedrockError, normalizeExceptionName } from './classify-bedrock-error.js';

interface Case {
  name: string;
  status: number;
  errorType?: string;
  body: string;
  kind: ErrorKind;
  code?: string;
}

// Bodies as Bedrock sends them: `{"message":"…"}` plus the x-amzn-ErrorType header
// (`Name:http://internal.amazon.com/coral/com.amazon.bedrock/`), or `__type` in the body.
const CASES: Case[] = [
  {
    name: 'throttling',
    status: 429,
    errorType: 'ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/',
    body: '{"message":"Too many requests, please wait before trying again."}',
    kind: 'rate_limit',
    code: 'ThrottlingException',
  },
  {
    name: 'quota',
    status: 400,
    errorType: 'ServiceQuotaExceededException',
    body: '{"message":"Your request exceeds the service quota for your account."}',
    kind: 'rate_limit',
  },
  {
    name: 'unavailable',
    status: 503,
    errorType: 'ServiceUnavailableException',
    body: '{"message":"Bedrock is unable to process your request."}',
    kind: 'overloaded',
  },
  {
    name: 'model not ready',
    status: 429,
    errorType: 'ModelNotReadyException',
    body: '{"message":"Model is not ready to serve inference requests."}',
    kind: 'overloaded',
  },
  {
    name: 'access denied',
    status: 403,
    errorType: 'AccessDeniedException',
    body: '{"message":"You don\'t have access to the model with the specified model ID."}',
    kind: 'permission',
  },
  {
    name: 'bad key',
    status: 403,
    errorType: 'UnrecognizedClientException',
    body: '{"message":"The security token included in the request is invalid."}',
    kind: 'auth',
  },
  {
    name: 'bad signature',
    status: 403,
    errorType: 'InvalidSignatureException',
    body: '{"message":"The request signature we calculated does not match the signature you provided."}',
    kind: 'auth',
  },
  {
    name: 'expired token',
    status: 403,
    errorType: 'ExpiredTokenException',
    body: '{"message":"The security token included in the request is expired"}',
    kind: 'auth',
  },
  {
    name: 'bad request',
    status: 400,
    errorType: 'ValidationException',
    body: '{"message":"Malformed input request: #: required key [messages] not found"}',
    kind: 'invalid_request',
  },
  {
    name: 'too long',
    status: 400,
    errorType: 'ValidationException',
    body: '{"message":"Input is too long for requested model."}',
    kind: 'context_length',
  },
  {
    name: 'claude context',
    status: 400,
    errorType: 'ValidationException',
    body: '{"message":"The model returned the following errors: input length and `max_tokens` exceed context limit: 198000 + 8192 > 200000, decrease input length or `max_tokens` and try again"}',
    kind: 'context_length',
  },
  {
    name: 'prompt too long',
    status: 400,
    errorType: 'ValidationException',
    body: '{"message":"prompt is too long: 210000 tokens > 200000 maximum"}',
    kind: 'context_length',
  },
  {
    name: 'invalid model id',
    status: 400,
    errorType: 'ValidationException',
    body: '{"message":"The provided model identifier is invalid."}',
    kind: 'not_found',
  },
  {
    name: 'not found',
    status: 404,
    errorType: 'ResourceNotFoundException',
    body: '{"message":"Could not resolve the foundation model from the provided model identifier."}',
    kind: 'not_found',
  },
  {
    name: 'use-case form',
    status: 404,
    errorType: 'ResourceNotFoundException',
    body: '{"message":"Model use case details have not been submitted for this account. Fill out the Anthropic use case details form before using the model."}',
    kind: 'permission',
  },
  {
    name: 'model timeout',
    status: 408,
    errorType: 'ModelTimeoutException',
    body: '{"message":"Model has timed out in processing the request."}',
    kind: 'timeout',
  },
  {
    name: 'internal',
    status: 500,
    errorType: 'InternalServerException',
    body: '{"message":"The server encountered an internal error."}',
    kind: 'server',
  },
  {
    name: 'model error',
    status: 424,
    errorType: 'ModelErrorException',
    body: '{"message":"The model returned an error.","originalStatusCode":500}',
    kind: 'server',
  },
  {
    name: '__type in body',
    status: 400,
    body: '{"__type":"com.amazon.coral.validate#ValidationException","message":"Input is too long"}',
    kind: 'context_length',
    code: 'ValidationException',
  },
  { name: 'html from a proxy', status: 502, body: '<html>Bad Gateway</html>', kind: 'server' },
  {
    name: 'unknown type, rate wording',
    status: 400,
    errorType: 'SomethingNew',
    body: '{"message":"Rate limit exceeded"}',
    kind: 'rate_limit',
  },
];

describe('classifyBedrockError', () => {
  for (const c of CASES) {
    it(`${c.name} → ${c.kind}`, () => {
      const headers: Record<string, string> = { 'x-amzn-requestid': 'req-1' };
      if (c.errorType) headers['x-amzn-errortype'] = c.errorType;
      const err = classifyBedrockError({ status: c.status, headers, bodyText: c.body }, 'bedrock');
      expect(err.kind).toBe(c.kind);
      expect(err.status).toBe(c.status);
      expect(err.provider).toBe('bedrock');
      expect(err.requestId).toBe('req-1');
      if (c.code) expect(err.code).toBe(c.code);
    });
  }

  it('reads Retry-After only for retryable kinds', () => {
    const throttled = classifyBedrockError(
      { status: 429, headers: { 'x-amzn-errortype': 'ThrottlingException', 'retry-after': '3' }, bodyText: '{"message":"slow down"}' },
      'bedrock',
    );
    expect(throttled.retryAfterMs).toBe(3000);
    expect(throttled.retryable).toBe(true);
    const denied = classifyBedrockError(
      { status: 403, headers: { 'x-amzn-errortype': 'AccessDeniedException', 'retry-after': '3' }, bodyText: '{"Message":"no"}' },
      'bedrock',
    );
    expect(denied.retryAfterMs).toBeUndefined();
    expect(denied.retryable).toBe(false);
    expect(denied.message).toBe('bedrock 403 AccessDeniedException: no');
  });

  it('normalises exception names from headers, __type and stream events', () => {
    expect(normalizeExceptionName('ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/')).toBe('ThrottlingException');
    expect(normalizeExceptionName('com.amazon.coral.service#ExpiredTokenException')).toBe('ExpiredTokenException');
    expect(normalizeExceptionName('modelStreamErrorException')).toBe('ModelStreamErrorException');
    expect(normalizeExceptionName('')).toBeUndefined();
  });
});
