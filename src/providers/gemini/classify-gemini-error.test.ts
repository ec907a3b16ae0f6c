import { describe, expect, it } from 'vitest';
import { AuthenticationError, RateLimitError } from '../../errors/llm-error.js';
import type { ErrorResponse } from '../provider-adapter.js';
import { classifyGeminiError } from './classify-gemini-error.js';

const classify = (status: number, body: unknown, headers: ErrorResponse['headers'] = {}) =>
  classifyGeminiError({ status, headers, bodyText: typeof body === 'string' ? body : JSON.stringify(body) }, 'gemini');

const googleError = (code: number, status: string, message: string, details?: unknown[]) => {
  const body = { error: { code, message, status, ...(details ? { details } : {}) } };
  // Readable test titles (`%s`) without changing what JSON.stringify sends.
  Object.defineProperty(body, 'toString', { value: () => `${status} "${message.slice(0, 60)}"`, enumerable: false });
  return body;
};

const RATE_LIMIT_BODY = googleError(
  429,
  'RESOURCE_EXHAUSTED',
  'You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.',
  [
    {
      '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
      violations: [
        {
          quotaMetric: 'generativelanguage.googleapis.com/generate_content_free_tier_requests',
          quotaId: 'GenerateRequestsPerMinutePerProjectPerModel-FreeTier',
          quotaDimensions: { location: 'global', model: 'gemini-3.5-flash' },
          quotaValue: '10',
        },
      ],
    },
    {
      '@type': 'type.googleapis.com/google.rpc.Help',
      links: [{ description: 'Learn more about Gemini API quotas', url: 'https://ai.google.dev/gemini-api/docs/rate-limits' }],
    },
    { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '31s' },
  ],
);

describe('classifyGeminiError', () => {
  it('429 RESOURCE_EXHAUSTED → rate_limit with the wait from RetryInfo.retryDelay', () => {
    const error = classify(429, RATE_LIMIT_BODY);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({
      kind: 'rate_limit',
      status: 429,
      code: 'RESOURCE_EXHAUSTED',
      retryable: true,
      retryAfterMs: 31_000,
      provider: 'gemini',
    });
    expect(error.message).toMatch(/^gemini 429 RESOURCE_EXHAUSTED: You exceeded your current quota/);
    expect(error.body).toEqual(RATE_LIMIT_BODY);
  });

  it('prefers a Retry-After header, and reads fractional and object retry delays', () => {
    expect(classify(429, RATE_LIMIT_BODY, { 'retry-after': '5' }).retryAfterMs).toBe(5_000);
    const fractional = googleError(429, 'RESOURCE_EXHAUSTED', 'Resource has been exhausted (e.g. check quota).', [
      { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '1.5s' },
    ]);
    expect(classify(429, fractional).retryAfterMs).toBe(1_500);
    const object = googleError(429, 'RESOURCE_EXHAUSTED', 'Quota exceeded', [
      { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: { seconds: 2, nanos: 500_000_000 } },
    ]);
    expect(classify(429, object).retryAfterMs).toBe(2_500);
    expect(classify(429, googleError(429, 'RESOURCE_EXHAUSTED', 'Quota exceeded')).retryAfterMs).toBeUndefined();
  });

  it('400 INVALID_ARGUMENT with ErrorInfo API_KEY_INVALID → auth', () => {
    const error = classify(
      400,
      googleError(400, 'INVALID_ARGUMENT', 'API key not valid. Please pass a valid API key.', [
        {
          '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
          reason: 'API_KEY_INVALID',
          domain: 'googleapis.com',
          metadata: { service: 'generativelanguage.googleapis.com' },
        },
        {
          '@type': 'type.googleapis.com/google.rpc.LocalizedMessage',
          locale: 'en-US',
          message: 'API key not valid. Please pass a valid API key.',
        },
      ]),
    );
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ kind: 'auth', code: 'API_KEY_INVALID', retryable: false });
  });

  it.each([
    [400, googleError(400, 'INVALID_ARGUMENT', 'API key expired. Please renew the API key.'), 'auth'],
    [
      400,
      googleError(400, 'INVALID_ARGUMENT', 'The input token count (1213762) exceeds the maximum number of tokens allowed (1048576).'),
      'context_length',
    ],
    [400, googleError(400, 'INVALID_ARGUMENT', 'Request contains an invalid argument.'), 'invalid_request'],
    [
      400,
      googleError(
        400,
        'INVALID_ARGUMENT',
        'Thinking level MINIMAL is not supported for this model. Please retry with other thinking level.',
      ),
      'invalid_request',
    ],
    [
      400,
      googleError(
        400,
        'FAILED_PRECONDITION',
        'Gemini API free tier is not available in your country. Please enable billing on your project in Google AI Studio.',
      ),
      'quota_exhausted',
    ],
    [400, googleError(400, 'FAILED_PRECONDITION', 'User location is not supported for the API use.'), 'permission'],
    [403, googleError(403, 'PERMISSION_DENIED', 'Your API key was reported as leaked. Please use another API key.'), 'auth'],
    [
      403,
      googleError(
        403,
        'PERMISSION_DENIED',
        "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
      ),
      'auth',
    ],
    [
      403,
      googleError(403, 'PERMISSION_DENIED', 'Generative Language API has not been used in project 123456 before or it is disabled.'),
      'permission',
    ],
    [
      404,
      googleError(
        404,
        'NOT_FOUND',
        'models/gemini-9-ultra is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.',
      ),
      'not_found',
    ],
    [503, googleError(503, 'UNAVAILABLE', 'The model is overloaded. Please try again later.'), 'overloaded'],
    [
      500,
      googleError(
        500,
        'INTERNAL',
        'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting',
      ),
      'server',
    ],
    [504, googleError(504, 'DEADLINE_EXCEEDED', 'Deadline expired before operation could complete.'), 'timeout'],
    [
      401,
      googleError(
        401,
        'UNAUTHENTICATED',
        'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
      ),
      'auth',
    ],
  ])('%i %s → %s', (status, body, kind) => {
    expect(classify(status, body).kind).toBe(kind);
  });

  it('reads the one-element array body the non-SSE stream endpoint answers with', () => {
    const error = classify(429, [RATE_LIMIT_BODY]);
    expect(error).toMatchObject({ kind: 'rate_limit', retryAfterMs: 31_000 });
  });

  it.each([
    [503, '<!DOCTYPE html><title>Error 503 (Service Unavailable)!!1</title>', 'overloaded'],
    [502, 'Bad Gateway', 'server'],
    [429, '', 'rate_limit'],
    [400, 'not json', 'invalid_request'],
    [401, '', 'auth'],
    [404, '<html>Not Found</html>', 'not_found'],
  ])('non-JSON %i body %j → %s by status', (status, text, kind) => {
    const error = classify(status, text);
    expect(error.kind).toBe(kind);
    expect(error.code).toBeUndefined();
  });
});
