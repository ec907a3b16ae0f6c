import { FakeRequestError } from '../../fake-request-error.js';
import type { IncomingRoute } from '../../incoming-route.js';
import type { NormalizedRequest } from '../../normalized-request.js';
/** The Messages API checks adapters most often fail: required fields, tool pairing, thinking budget. */
export declare function validateAnthropicRequest(request: NormalizedRequest, req: IncomingRoute): FakeRequestError | undefined;
