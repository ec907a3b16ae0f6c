import type { NormalizedRequest } from '../../normalized-request.js';
import type { PlannedReply } from '../../planned-reply.js';
import type { RenderedResponse, RenderedStream } from '../../protocol-handler.js';
/** Bedrock stop reasons for the neutral finish reasons; provider-native values pass through. */
export declare function converseStopReason(finish: string): string;
export declare function renderConverseJson(reply: PlannedReply, _request: NormalizedRequest): RenderedResponse;
/**
 * The ConverseStream event sequence, each event one binary frame: messageStart; reasoning deltas
 * (text, then signature) and contentBlockStop; text deltas and stop; per tool a contentBlockStart
 * with `toolUse`, input JSON deltas, stop; messageStop with the stop reason; metadata with usage.
 */
export declare function renderConverseStream(reply: PlannedReply, _request: NormalizedRequest): RenderedStream;
