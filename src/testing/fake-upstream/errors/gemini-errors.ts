import type { FakeErrorResponse } from './fake-error-response.js';

/** Google RPC status names by HTTP status, so bodies stay consistent with the status sent. */
export const GOOGLE_STATUS: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ABORTED',
  429: 'RESOURCE_EXHAUSTED',
  499: 'CANCELLED',
  500: 'INTERNAL',
  501: 'NOT_IMPLEMENTED',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
};

/** Google error model: `{"error":{"code","message","status","details":[…]}}`. */
export function googleError(
  code: number,
  message: string,
  status = GOOGLE_STATUS[code] ?? 'UNKNOWN',
  details?: unknown[],
): FakeErrorResponse {
  const error: Record<string, unknown> = { code, message, status };
  if (details) error.details = details;
  return { status: code, headers: {}, body: { error } };
}

function quotaExhausted(retryDelay: string, quotaId: string, metric: string, model: string): FakeErrorResponse {
  const seconds = Number.parseFloat(retryDelay) || 0;
  return googleError(
    429,
    `You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. To monitor your current usage, head to: https://ai.dev/usage?tab=rate-limit. \n* Quota exceeded for metric: ${metric}, limit: 10, model: ${model}\nPlease retry in ${seconds}s.`,
    'RESOURCE_EXHAUSTED',
    [
      {
        '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
        violations: [{ quotaMetric: metric, quotaId, quotaDimensions: { location: 'global', model }, quotaValue: '10' }],
      },
      {
        '@type': 'type.googleapis.com/google.rpc.Help',
        links: [{ description: 'Learn more about Gemini API quotas', url: 'https://ai.google.dev/gemini-api/docs/rate-limits' }],
      },
      { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay },
    ],
  );
}

export const geminiErrors = {
  /** 429 with the wait in `RetryInfo.retryDelay` (Gemini sends no retry headers). */
  geminiResourceExhausted(retryDelay: string | number = '31s', model = 'gemini-2.5-flash'): FakeErrorResponse {
    const delay = typeof retryDelay === 'number' ? `${retryDelay}s` : retryDelay;
    return quotaExhausted(
      delay,
      'GenerateRequestsPerMinutePerProjectPerModel-FreeTier',
      'generativelanguage.googleapis.com/generate_content_free_tier_requests',
      model,
    );
  },
  /** The free-tier daily cap: same 429, a per-day quota id. */
  geminiDailyQuota(model = 'gemini-2.5-flash'): FakeErrorResponse {
    return quotaExhausted(
      '3600s',
      'GenerateRequestsPerDayPerProjectPerModel-FreeTier',
      'generativelanguage.googleapis.com/generate_content_free_tier_requests',
      model,
    );
  },
  /** A bad key is a 400 `INVALID_ARGUMENT` with `API_KEY_INVALID`, not a 401. */
  geminiInvalidKey(): FakeErrorResponse {
    return googleError(400, 'API key not valid. Please pass a valid API key.', 'INVALID_ARGUMENT', [
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
    ]);
  },
  geminiUnauthenticated(): FakeErrorResponse {
    return googleError(
      401,
      'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
      'UNAUTHENTICATED',
    );
  },
  geminiPermissionDenied(): FakeErrorResponse {
    return googleError(403, 'The caller does not have permission', 'PERMISSION_DENIED');
  },
  geminiNotFound(model = 'gemini-unknown'): FakeErrorResponse {
    return googleError(
      404,
      `models/${model} is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.`,
      'NOT_FOUND',
    );
  },
  geminiBadRequest(message = 'Invalid JSON payload received.'): FakeErrorResponse {
    return googleError(400, message, 'INVALID_ARGUMENT');
  },
  geminiContextLength(tokens = 1200000, max = 1048576): FakeErrorResponse {
    return googleError(400, `The input token count (${tokens}) exceeds the maximum number of tokens allowed (${max}).`, 'INVALID_ARGUMENT');
  },
  /** Billing needed / free tier unavailable in the caller's country. */
  geminiFailedPrecondition(): FakeErrorResponse {
    return googleError(
      400,
      'Gemini API free tier is not available in your country. Please enable billing on your project in Google AI Studio.',
      'FAILED_PRECONDITION',
    );
  },
  geminiUnavailable(): FakeErrorResponse {
    return googleError(503, 'The model is overloaded. Please try again later.', 'UNAVAILABLE');
  },
  geminiInternal(): FakeErrorResponse {
    return googleError(
      500,
      'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting',
      'INTERNAL',
    );
  },
  geminiDeadlineExceeded(): FakeErrorResponse {
    return googleError(504, 'Deadline expired before operation could complete.', 'DEADLINE_EXCEEDED');
  },
};
