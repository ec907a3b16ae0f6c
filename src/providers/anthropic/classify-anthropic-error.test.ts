import { describe, expect, it } from 'vitest';
import { LLMError, QuotaExhaustedError, RateLimitError } from '../../errors/llm-error.js';
import type { ErrorResponse } from '../provider-adapter.js';
import { classifyAnthropicError } from './classify-anthropic-error.js';

const body = (type: string, message: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ type: 'error', error: { type, message, ...extra }, request_id: 'req_011CSHoEeqs5C35K2UUqR7Fy' });

const classify = (status: number, bodyText: string, headers: ErrorResponse['headers'] = {}) =>
  classifyAnthropicError({ status, headers, bodyText }, 'anthropic');

describe('classifyAnthropicError', () => {
  it('429 rate_limit_error → rate_limit with Retry-After and request id', () => {
    const error = classify(
      429,
      body(
        'rate_limit_error',
        'This request would exceed the rate limit for your organization (4f1c7c3a) of 50,000 input tokens per minute. For details, refer to: https://docs.claude.com/en/api/rate-limits.',
      ),
      { 'retry-after': '17', 'request-id': 'req_from_header', 'anthropic-ratelimit-input-tokens-remaining': '0' },
    );
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({
      kind: 'rate_limit',
      status: 429,
      code: 'rate_limit_error',
      retryable: true,
      retryAfterMs: 17_000,
      requestId: 'req_from_header',
      provider: 'anthropic',
    });
    expect(error.message).toMatch(/^anthropic 429 rate_limit_error: This request would exceed the rate limit/);
  });

  it('429 with details.error_code enforced_spend_limit_reached → quota_exhausted, not retried', () => {
    const error = classify(
      429,
      body('rate_limit_error', 'You have reached your monthly usage limit for this tier.', {
        details: { error_code: 'enforced_spend_limit_reached' },
      }),
      { 'retry-after': '60' },
    );
    expect(error).toBeInstanceOf(QuotaExhaustedError);
    expect(error).toMatchObject({
      kind: 'quota_exhausted',
      code: 'enforced_spend_limit_reached',
      retryable: false,
      retryAfterMs: undefined,
    });
    expect(error.requestId).toBe('req_011CSHoEeqs5C35K2UUqR7Fy');
  });

  it.each([
    [529, body('overloaded_error', 'Overloaded'), 'overloaded', true],
    [402, body('billing_error', 'Your account has an outstanding balance.'), 'quota_exhausted', false],
    [400, body('invalid_request_error', 'prompt is too long: 208310 tokens > 200000 maximum'), 'context_length', false],
    [
      400,
      body(
        'invalid_request_error',
        'input length and `max_tokens` exceed context limit: 197623 + 8192 > 200000, decrease input length or `max_tokens` and try again',
      ),
      'context_length',
      false,
    ],
    [
      400,
      body(
        'invalid_request_error',
        'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.',
      ),
      'quota_exhausted',
      false,
    ],
    [
      400,
      body('invalid_request_error', 'You have reached your specified API usage limits. You will regain access on 2026-09-01 at 00:00 UTC.'),
      'quota_exhausted',
      false,
    ],
    [400, body('invalid_request_error', 'Output blocked by content filtering policy'), 'content_policy', false],
    [
      400,
      body('invalid_request_error', 'messages.1.content.0.tool_use.input: Input should be a valid dictionary'),
      'invalid_request',
      false,
    ],
    [401, body('authentication_error', 'invalid x-api-key'), 'auth', false],
    [403, body('permission_error', 'Your API key does not have permission to use the specified resource.'), 'permission', false],
    [404, body('not_found_error', 'model: claude-sonnet-9'), 'not_found', false],
    [413, body('request_too_large', 'Request exceeds the maximum allowed number of bytes.'), 'invalid_request', false],
    [500, body('api_error', 'Internal server error'), 'server', true],
    [504, body('timeout_error', 'Request timed out'), 'timeout', true],
  ])('%i %s → %s', (status, text, kind, retryable) => {
    const error = classify(status, text);
    expect(error).toBeInstanceOf(LLMError);
    expect(error.kind).toBe(kind);
    expect(error.retryable).toBe(retryable);
    expect(error.status).toBe(status);
    expect(error.body).toEqual(JSON.parse(text));
  });

  it('uses the error type even when the status disagrees (529 type on a 500)', () => {
    expect(classify(500, body('overloaded_error', 'Overloaded')).kind).toBe('overloaded');
  });

  it.each([
    [502, '<html><body>502 Bad Gateway</body></html>', 'server'],
    [503, 'upstream connect error or disconnect/reset before headers', 'overloaded'],
    [529, '', 'overloaded'],
    [429, 'Too Many Requests', 'rate_limit'],
    [401, '', 'auth'],
    [408, '', 'timeout'],
    [418, "I'm a teapot", 'invalid_request'],
  ])('non-JSON %i body → %s by status', (status, text, kind) => {
    const error = classify(status, text, { 'retry-after': '2' });
    expect(error.kind).toBe(kind);
    expect(error.code).toBeUndefined();
    expect(error.message).toContain(text === '' ? 'no error body' : text.slice(0, 20));
  });
});
