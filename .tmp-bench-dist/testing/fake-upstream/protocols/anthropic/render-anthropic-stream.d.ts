import type { NormalizedRequest } from '../../normalized-request.js';
import type { PlannedReply } from '../../planned-reply.js';
import type { RenderedStream } from '../../protocol-handler.js';
/**
 * The Messages streaming event sequence: message_start, then per block content_block_start /
 * deltas (thinking_delta + signature_delta, text_delta, input_json_delta) / content_block_stop, a
 * ping after the first block start as the real API does, message_delta with the stop reason and
 * output usage, message_stop.
 */
export declare function renderAnthropicStream(reply: PlannedReply, _request: NormalizedRequest): RenderedStream;
