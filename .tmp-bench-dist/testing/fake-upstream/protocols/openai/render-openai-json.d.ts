import type { NormalizedRequest } from '../../normalized-request.js';
import type { PlannedReply } from '../../planned-reply.js';
import type { RenderedResponse } from '../../protocol-handler.js';
/** A `chat.completion` object; `reasoning_content` the way DeepSeek, Qwen and friends send it. */
export declare function renderOpenAIJson(reply: PlannedReply, _request: NormalizedRequest): RenderedResponse;
