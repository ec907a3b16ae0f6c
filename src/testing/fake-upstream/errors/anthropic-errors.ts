import type { FakeErrorResponse } from './fake-error-response.js';

/** Anthropic error bodies: `{"type":"error","error":{"type","message"},"request_id"}`. */
function anthropicError(
  status: number,
  type: string,
  message: string,
  headers: Record<string, string> = {},
  extra?: Record<string, unknown>,
): FakeErrorResponse {
  return {
    status,
    headers: { 'request-id': 'req_fake_error', ...headers },
    body: { type: 'error', error: { type, message, ...extra }, request_id: 'req_fake_error' },
  };
}

export const anthropicErrors = {
  /** 529: platform-wide load, distinct from the caller's own 429. */
  anthropicOverloaded(): FakeErrorResponse {
    return anthropicError(529, 'overloaded_error', 'Overloaded');
  },
  anthropicRateLimit(retryAfterS = 1): FakeErrorResponse {
    const reset = new Date(Date.now() + retryAfterS * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    return anthropicError(
      429,
      'rate_limit_error',
      'This request would exceed the rate limit for your organization (fake-org) of 50 requests per minute. For details, refer to: https://docs.claude.com/en/api/rate-limits. You can see the response headers for current usage. Please reduce the prompt length or the maximum tokens requested, or try again later. You may also contact sales at https://www.anthropic.com/contact-sales to discuss your options for a rate limit increase.',
      {
        'retry-after': String(retryAfterS),
        'anthropic-ratelimit-requests-limit': '50',
        'anthropic-ratelimit-requests-remaining': '0',
        'anthropic-ratelimit-requests-reset': reset,
      },
    );
  },
  /** 429 for the monthly tier cap: no `retry-after`, must not be retried. */
  anthropicSpendLimit(): FakeErrorResponse {
    return anthropicError(
      429,
      'rate_limit_error',
      'You have reached your specified workspace API usage limits. You will regain access on 2099-01-01 at 00:00 UTC.',
      {},
      { details: { error_code: 'enforced_spend_limit_reached' } },
    );
  },
  anthropicInvalidKey(): FakeErrorResponse {
    return anthropicError(401, 'authentication_error', 'invalid x-api-key');
  },
  anthropicPermissionDenied(): FakeErrorResponse {
    return anthropicError(403, 'permission_error', 'Your API key does not have permission to use the specified resource.');
  },
  anthropicNotFound(model = 'claude-unknown'): FakeErrorResponse {
    return anthropicError(404, 'not_found_error', `model: ${model}`);
  },
  anthropicBillingError(): FakeErrorResponse {
    return anthropicError(
      402,
      'billing_error',
      'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.',
    );
  },
  /** The 400 many accounts actually see when prepaid credit runs out. */
  anthropicCreditBalanceTooLow(): FakeErrorResponse {
    return anthropicError(
      400,
      'invalid_request_error',
      'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.',
    );
  },
  anthropicBadRequest(message = 'Invalid request'): FakeErrorResponse {
    return anthropicError(400, 'invalid_request_error', message);
  },
  anthropicPromptTooLong(tokens = 210000, max = 200000): FakeErrorResponse {
    return anthropicError(400, 'invalid_request_error', `prompt is too long: ${tokens} tokens > ${max} maximum`);
  },
  anthropicServerError(): FakeErrorResponse {
    return anthropicError(500, 'api_error', 'Internal server error');
  },
  anthropicTimeout(): FakeErrorResponse {
    return anthropicError(504, 'timeout_error', 'Request timed out');
  },
};
