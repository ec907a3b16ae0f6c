import type { NormalizedRequest } from '../../normalized-request.js';
import type { PlannedReply } from '../../planned-reply.js';
import type { RenderedResponse } from '../../protocol-handler.js';
/** A Messages API `message`: thinking block (with signature), text, then tool_use blocks. */
export declare function renderAnthropicJson(reply: PlannedReply, _request: NormalizedRequest): RenderedResponse;
