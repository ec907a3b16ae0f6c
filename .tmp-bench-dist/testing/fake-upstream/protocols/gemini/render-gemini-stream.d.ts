import type { NormalizedRequest } from '../../normalized-request.js';
import type { PlannedReply } from '../../planned-reply.js';
import type { RenderedStream } from '../../protocol-handler.js';
/**
 * `streamGenerateContent?alt=sse`: one GenerateContentResponse per event, separated by CRLF CRLF as
 * Google sends them. Thought parts first, then text pieces, function calls whole in one chunk; the
 * last chunk carries finishReason and the full usage, earlier ones only the prompt count.
 */
export declare function renderGeminiStream(reply: PlannedReply, _request: NormalizedRequest): RenderedStream;
