import type { FakeErrorKind } from '../../fake-error-kind.js';
import type { NormalizedRequest } from '../../normalized-request.js';
import type { ErrorHints, RenderedResponse } from '../../protocol-handler.js';
/**
 * Gemini's native error for each kind. Google bodies repeat the status (`code`, `status`), so a
 * status forced by a rule rebuilds the body to match; `content_filter` is an HTTP 200 prompt block.
 */
export declare function geminiErrorFor(kind: FakeErrorKind, request: NormalizedRequest | undefined, hints?: ErrorHints): RenderedResponse;
