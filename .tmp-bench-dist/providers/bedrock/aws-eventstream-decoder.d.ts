import type { SseEvent } from '../provider-adapter.js';
/**
 * Framing decoder for `adapter.streamFraming === 'aws-eventstream'` (Bedrock ConverseStream).
 * It turns each binary message into the same `SseEvent` shape the SSE decoder yields, so stream
 * parsers stay framing-agnostic:
 *
 * - `:message-type: event`     → `{ event: <:event-type>, data: <payload JSON text> }`
 *   (`messageStart`, `contentBlockDelta`, `metadata`, …)
 * - `:message-type: exception` → `{ event: <:exception-type>, data: <payload JSON text> }`
 *   (`throttlingException`, `modelStreamErrorException`, … — names always end in `Exception`;
 *   the Bedrock stream parser throws them as classified errors)
 * - `:message-type: error`     → `{ event: 'error', data: {"__type": <:error-code>, "message": <:error-message>} }`
 *
 * Any byte split is fine; CRC failures throw a `server` error, a body cut mid-message a `network`
 * error from `end()`.
 */
export declare class AwsEventStreamDecoder {
    private readonly messages;
    constructor(provider?: string);
    push(chunk: Uint8Array): SseEvent[];
    end(): SseEvent[];
}
/** True for events that carry a modelled exception from the stream. */
export declare function isEventStreamException(event: SseEvent): boolean;
