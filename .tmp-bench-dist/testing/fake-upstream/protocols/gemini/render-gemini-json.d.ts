import type { NormalizedRequest } from '../../normalized-request.js';
import type { PlannedReply } from '../../planned-reply.js';
import type { RenderedResponse } from '../../protocol-handler.js';
/** A GenerateContentResponse: thought part, text part, functionCall parts, usageMetadata. */
export declare function renderGeminiJson(reply: PlannedReply, _request: NormalizedRequest): RenderedResponse;
