import { FakeRequestError } from '../../fake-request-error.js';
import type { NormalizedRequest } from '../../normalized-request.js';
/** The checks OpenAI itself makes that an adapter is most likely to trip over. */
export declare function validateOpenAIRequest(request: NormalizedRequest): FakeRequestError | undefined;
