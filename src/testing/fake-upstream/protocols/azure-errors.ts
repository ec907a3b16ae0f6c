import type { FakeErrorResponse } from '../errors/fake-error-response.js';

/**
 * Azure OpenAI's own error bodies (they differ from OpenAI's: string `code`s such as "429",
 * `innererror` for content filtering, `retry-after-ms`-style headers). Spread into a rule.
 */
export const azureErrors = {
  /** Per-deployment TPM/RPM limit; Azure sends the wait in seconds and in milliseconds. */
  azureRateLimit(retryAfterS = 6): FakeErrorResponse {
    return {
      status: 429,
      headers: {
        'retry-after': String(retryAfterS),
        'x-ms-retry-after-ms': String(retryAfterS * 1000),
        'x-ratelimit-remaining-requests': '0',
      },
      body: {
        error: {
          code: '429',
          message: `Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-10-21 have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after ${retryAfterS} seconds. Please go here: https://aka.ms/oai/quotaincrease if you would like to further increase the default rate limit.`,
        },
      },
    };
  },
  /** The prompt tripped the content filter: 400 `content_filter` + `ResponsibleAIPolicyViolation`. */
  azureContentFilter(): FakeErrorResponse {
    return {
      status: 400,
      headers: {},
      body: {
        error: {
          message:
            "The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry. To learn more about our content filtering policies please read our documentation: https://go.microsoft.com/fwlink/?linkid=2198766",
          type: null,
          param: 'prompt',
          code: 'content_filter',
          status: 400,
          innererror: {
            code: 'ResponsibleAIPolicyViolation',
            content_filter_result: {
              hate: { filtered: false, severity: 'safe' },
              jailbreak: { filtered: true, detected: true },
              self_harm: { filtered: false, severity: 'safe' },
              sexual: { filtered: false, severity: 'safe' },
              violence: { filtered: false, severity: 'safe' },
            },
          },
        },
      },
    };
  },
  azureUnauthorized(): FakeErrorResponse {
    return {
      status: 401,
      headers: {},
      body: {
        error: {
          code: '401',
          message:
            'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.',
        },
      },
    };
  },
  azureDeploymentNotFound(): FakeErrorResponse {
    return {
      status: 404,
      headers: {},
      body: {
        error: {
          code: 'DeploymentNotFound',
          message:
            'The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.',
        },
      },
    };
  },
  azureResourceNotFound(): FakeErrorResponse {
    return { status: 404, headers: {}, body: { error: { code: '404', message: 'Resource not found' } } };
  },
};
