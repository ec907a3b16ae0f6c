import type { FakeErrorResponse } from '../../errors/fake-error-response.js';
import { openaiErrors } from '../../errors/openai-errors.js';
import type { FakeErrorKind } from '../../fake-error-kind.js';
import type { NormalizedRequest } from '../../normalized-request.js';
import type { ErrorHints, RenderedResponse } from '../../protocol-handler.js';

/** OpenAI's native error for each kind; a hinted message replaces the default text. */
export function openaiErrorFor(kind: FakeErrorKind, request: NormalizedRequest | undefined, hints: ErrorHints = {}): RenderedResponse {
  const r = pickError(kind, request?.model || undefined);
  if (hints.message !== undefined) {
    const body = r.body as { error: Record<string, unknown> };
    return { ...r, body: { error: { ...body.error, message: hints.message } } };
  }
  return r;
}

function pickError(kind: FakeErrorKind, model: string | undefined): FakeErrorResponse {
  switch (kind) {
    case 'auth':
      return openaiErrors.openaiInvalidKey();
    case 'permission':
      return openaiErrors.openaiPermissionDenied();
    case 'not_found':
      return openaiErrors.openaiModelNotFound(model);
    case 'context_length':
      return openaiErrors.openaiContextLength();
    case 'rate_limit':
      return openaiErrors.openaiRateLimit({ model });
    case 'quota':
      return openaiErrors.openaiInsufficientQuota();
    case 'overloaded':
      return openaiErrors.openaiOverloaded();
    case 'server':
      return openaiErrors.openaiServerError();
    case 'timeout':
      return openaiErrors.openaiTimeout();
    case 'content_filter':
      return openaiErrors.openaiContentPolicy();
    default:
      return openaiErrors.openaiBadRequest();
  }
}
