import type { StreamDelta } from '../../spec/stream-delta.js';
import type { GatewayHttpError } from '../http/http-error.js';
/** Turns canonical deltas into one wire protocol's SSE text (OpenAI, Anthropic, seed-003 simple). */
export interface SseEncoder {
    /** Events that open the stream, given the first delta (provider and model are known by then). */
    open(first: StreamDelta): string;
    encode(delta: StreamDelta): string;
    /** Closing events after the last delta. */
    close(): string;
    /** A final in-stream error event (the response is already 200). */
    fail(error: GatewayHttpError): string;
}
