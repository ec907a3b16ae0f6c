/** Prelude (12 bytes) + message CRC (4 bytes). */
export const EVENT_STREAM_OVERHEAD = 16;
export const EVENT_STREAM_PRELUDE = 12;
/** AWS caps one message at 16 MiB of payload plus 128 KiB of headers; anything larger is corrupt framing. */
export const EVENT_STREAM_MAX_MESSAGE = 16 * 1024 * 1024 + 128 * 1024 + EVENT_STREAM_OVERHEAD;
//# sourceMappingURL=event-stream-message.js.map