import type { FakeErrorResponse } from '../../errors/fake-error-response.js';
import { GOOGLE_STATUS, geminiErrors, googleError } from '../../errors/gemini-errors.js';
import type { FakeErrorKind } from '../../fake-error-kind.js';
import type { NormalizedRequest } from '../../normalized-request.js';
import type { ErrorHints, RenderedResponse } from '../../protocol-handler.js';

/**
 * Gemini's native error for each kind. Google bodies repeat the status (`code`, `status`), so a
 * status forced by a rule rebuilds the body to match; `content_filter` is an HTTP 200 prompt block.
 */
export function geminiErrorFor(kind: FakeErrorKind, request: NormalizedRequest | undefined, hints: ErrorHints = {}): RenderedResponse {
  if (kind === 'content_filter' && hints.status === undefined) {
    return {
      status: 200,
      body: {
        promptFeedback: {
          blockReason: 'SAFETY',
          safetyRatings: [{ category: 'HARM_CATEGORY_DANGEROUS_CONTENT', probability: 'HIGH', blocked: true }],
        },
        usageMetadata: { promptTokenCount: 1, totalTokenCount: 1 },
        modelVersion: request?.model ?? '',
      },
    };
  }
  let r = pickError(kind, request?.model || undefined);
  const body = r.body as { error: { message: string } };
  if (hints.status !== undefined && hints.status !== r.status) {
    r =
      hints.status === 401 && hints.message === undefined
        ? geminiErrors.geminiUnauthenticated()
        : googleError(hints.status, hints.message ?? body.error.message, GOOGLE_STATUS[hints.status] ?? 'UNKNOWN');
  } else if (hints.message !== undefined) {
    r = { ...r, body: { error: { ...body.error, message: hints.message } } };
  }
  return r;
}

function pickError(kind: FakeErrorKind, model: string | undefined): FakeErrorResponse {
  switch (kind) {
    case 'auth':
      return geminiErrors.geminiInvalidKey();
    case 'permission':
      return geminiErrors.geminiPermissionDenied();
    case 'not_found':
      return geminiErrors.geminiNotFound(model);
    case 'context_length':
      return geminiErrors.geminiContextLength();
    case 'rate_limit':
      return geminiErrors.geminiResourceExhausted('31s', model);
    case 'quota':
      return geminiErrors.geminiDailyQuota(model);
    case 'overloaded':
      return geminiErrors.geminiUnavailable();
    case 'server':
      return geminiErrors.geminiInternal();
    case 'timeout':
      return geminiErrors.geminiDeadlineExceeded();
    default:
      return geminiErrors.geminiBadRequest();
  }
}
