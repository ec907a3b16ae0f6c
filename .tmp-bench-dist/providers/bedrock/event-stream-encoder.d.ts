import { type EventStreamHeaderValue, type EventStreamMessage } from './event-stream-message.js';
/**
 * Encodes one AWS event-stream message. The fake Bedrock upstream uses it to produce
 * ConverseStream bodies; tests check it against the official codec in both directions.
 */
export declare function encodeEventStreamMessage(message: EventStreamMessage): Uint8Array;
/** Shorthand for the string headers every Bedrock event carries. */
export declare function stringHeaders(headers: Record<string, string>): Record<string, EventStreamHeaderValue>;
