import type { FakeErrorKind } from '../../fake-error-kind.js';
import type { NormalizedRequest } from '../../normalized-request.js';
import type { ErrorHints, RenderedResponse } from '../../protocol-handler.js';
/** OpenAI's native error for each kind; a hinted message replaces the default text. */
export declare function openaiErrorFor(kind: FakeErrorKind, request: NormalizedRequest | undefined, hints?: ErrorHints): RenderedResponse;
