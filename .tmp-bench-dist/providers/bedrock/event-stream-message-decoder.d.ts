import { type EventStreamMessage } from './event-stream-message.js';
/**
 * Incremental decoder for AWS event-stream messages. Chunks may split a message anywhere (inside
 * the prelude, a header, the payload or the trailing CRC); bytes are buffered until a whole
 * message is present, then both CRCs are checked before anything is returned. A corrupt frame is
 * a typed `server` error: the byte stream cannot be resynchronised after it.
 */
export declare class EventStreamMessageDecoder {
    private readonly provider;
    private pending;
    constructor(provider?: string);
    push(chunk: Uint8Array): EventStreamMessage[];
    /** True when bytes of an incomplete message are buffered. */
    get hasPartial(): boolean;
    /** Call at end of body: leftover bytes mean the stream was cut mid-message. */
    end(): void;
    private decodeHeaders;
    private corrupt;
}
