import { FakeRequestError } from '../../fake-request-error.js';
import type { NormalizedRequest } from '../../normalized-request.js';
/** generateContent's checks that adapters trip over: contents, roles, empty parts, call/response counts. */
export declare function validateGeminiRequest(request: NormalizedRequest): FakeRequestError | undefined;
