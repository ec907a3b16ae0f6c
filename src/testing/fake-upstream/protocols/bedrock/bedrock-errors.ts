import type { FakeErrorResponse } from '../../errors/fake-error-response.js';

/**
 * Bedrock error responses: `{"message": …}` with the exception name in `x-amzn-ErrorType`
 * (`Name:http://internal.amazon.com/coral/com.amazon.bedrock/`) and a request id.
 */
export function bedrockError(status: number, type: string, message: string, extra: Record<string, string> = {}): FakeErrorResponse {
  return {
    status,
    headers: {
      'x-amzn-errortype': `${type}:http://internal.amazon.com/coral/com.amazon.bedrock/`,
      'x-amzn-requestid': '8f3e0c52-0000-4000-8000-00000000fake',
      ...extra,
    },
    body: { message },
  };
}

export const bedrockErrors = {
  bedrockThrottling: () => bedrockError(429, 'ThrottlingException', 'Too many requests, please wait before trying again.'),
  bedrockServiceQuota: () =>
    bedrockError(
      400,
      'ServiceQuotaExceededException',
      'Your request exceeds the service quota for your account. You can view your quotas at Viewing service quotas. You can resubmit your request later.',
    ),
  bedrockUnavailable: () => bedrockError(503, 'ServiceUnavailableException', 'Bedrock is unable to process your request.'),
  bedrockModelNotReady: () =>
    bedrockError(
      429,
      'ModelNotReadyException',
      'Model is not ready to serve inference requests. The AWS SDK will automatically retry the operation.',
    ),
  bedrockAccessDenied: () => bedrockError(403, 'AccessDeniedException', "You don't have access to the model with the specified model ID."),
  bedrockUnrecognizedClient: () =>
    bedrockError(403, 'UnrecognizedClientException', 'The security token included in the request is invalid.'),
  bedrockInvalidSignature: (detail = '') =>
    bedrockError(
      403,
      'InvalidSignatureException',
      `The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.${detail}`,
    ),
  bedrockValidation: (message = 'Malformed input request, please reformat your input and try again.') =>
    bedrockError(400, 'ValidationException', message),
  bedrockContextLength: () => bedrockError(400, 'ValidationException', 'Input is too long for requested model.'),
  bedrockNotFound: () =>
    bedrockError(404, 'ResourceNotFoundException', 'Could not resolve the foundation model from the provided model identifier.'),
  bedrockModelTimeout: () =>
    bedrockError(408, 'ModelTimeoutException', 'Model has timed out in processing the request. Try your request again.'),
  bedrockInternal: () =>
    bedrockError(500, 'InternalServerException', 'The server encountered an internal error while processing the request.'),
};
