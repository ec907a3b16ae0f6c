/**
 * One message of the AWS binary event-stream format (`application/vnd.amazon.eventstream`):
 * prelude (total length, headers length, prelude CRC), typed headers, payload, message CRC.
 * Header value types follow the wire type ids 0–9.
 */
export type EventStreamHeaderValue = {
    type: 'boolean';
    value: boolean;
} | {
    type: 'byte' | 'short' | 'integer';
    value: number;
} | {
    type: 'long';
    value: bigint;
} | {
    type: 'binary';
    value: Uint8Array;
} | {
    type: 'string';
    value: string;
} | {
    type: 'timestamp';
    value: Date;
} | {
    type: 'uuid';
    value: string;
};
export interface EventStreamMessage {
    headers: Record<string, EventStreamHeaderValue>;
    payload: Uint8Array;
}
/** Prelude (12 bytes) + message CRC (4 bytes). */
export declare const EVENT_STREAM_OVERHEAD = 16;
export declare const EVENT_STREAM_PRELUDE = 12;
/** AWS caps one message at 16 MiB of payload plus 128 KiB of headers; anything larger is corrupt framing. */
export declare const EVENT_STREAM_MAX_MESSAGE: number;
