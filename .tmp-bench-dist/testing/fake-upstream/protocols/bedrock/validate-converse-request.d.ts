import { FakeRequestError } from '../../fake-request-error.js';
import type { NormalizedRequest } from '../../normalized-request.js';
/**
 * The Converse checks adapters most often fail, with Bedrock's own ValidationException wording:
 * unknown top-level keys (a leftover `model`), the conversation shape (starts with user,
 * alternates, no empty content or blank text), tool blocks without a toolConfig, unanswered
 * toolUse ids, toolUseId syntax, image formats, Claude's thinking budget.
 */
export declare function validateConverseRequest(request: NormalizedRequest): FakeRequestError | undefined;
