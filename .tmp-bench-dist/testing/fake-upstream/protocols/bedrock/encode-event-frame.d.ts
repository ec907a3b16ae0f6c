/**
 * One AWS event-stream message with string headers (all Bedrock sends), written independently of
 * the client's codec so the two cannot share a mistake: prelude (total length, headers length,
 * CRC32 of those 8 bytes), headers (name length, name, type 7 = string, value length, value),
 * payload, CRC32 of everything before it. Big-endian throughout.
 */
export declare function encodeEventFrame(headers: Record<string, string>, payload: string | Uint8Array): Uint8Array;
/** A ConverseStream event (`:message-type: event`). */
export declare function converseEvent(eventType: string, payload: Record<string, unknown>): Uint8Array;
/** A modelled stream exception (`:message-type: exception`, e.g. `throttlingException`). */
export declare function converseException(exceptionType: string, payload: Record<string, unknown>): Uint8Array;
