import type { SseEvent } from '../providers/provider-adapter.js';
/**
 * Incremental Server-Sent Events decoder (WHATWG event-stream rules) that survives any split of
 * the byte stream: a multi-byte UTF-8 character, a CRLF pair or a field name may be cut anywhere
 * between two chunks. Lines are decoded only once complete, so UTF-8 is never cut mid-character.
 */
export declare class SseDecoder {
    private pending;
    private readonly utf8;
    private dataLines;
    private eventName;
    private lastId;
    /** A CR ended the previous chunk: a following LF belongs to the same line break. */
    private sawCr;
    push(chunk: Uint8Array | string): SseEvent[];
    /** Flushes a final event not terminated by a blank line (lenient, as browsers are not). */
    end(): SseEvent[];
    private processLine;
    private dispatch;
}
