import { crc32 } from 'node:zlib';

/**
 * One AWS event-stream message with string headers (all Bedrock sends), written independently of
 * the client's codec so the two cannot share a mistake: prelude (total length, headers length,
 * CRC32 of those 8 bytes), headers (name length, name, type 7 = string, value length, value),
 * payload, CRC32 of everything before it. Big-endian throughout.
 */
export function encodeEventFrame(headers: Record<string, string>, payload: string | Uint8Array): Uint8Array {
  const headerBufs: Buffer[] = [];
  for (const [name, value] of Object.entries(headers)) {
    const n = Buffer.from(name, 'utf8');
    const v = Buffer.from(value, 'utf8');
    const h = Buffer.alloc(1 + n.length + 1 + 2 + v.length);
    h.writeUInt8(n.length, 0);
    n.copy(h, 1);
    h.writeUInt8(7, 1 + n.length);
    h.writeUInt16BE(v.length, 2 + n.length);
    v.copy(h, 4 + n.length);
    headerBufs.push(h);
  }
  const headerBlock = Buffer.concat(headerBufs);
  const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : Buffer.from(payload);
  const total = 12 + headerBlock.length + body.length + 4;
  const out = Buffer.alloc(total);
  out.writeUInt32BE(total, 0);
  out.writeUInt32BE(headerBlock.length, 4);
  out.writeUInt32BE(crc32(out.subarray(0, 8)) >>> 0, 8);
  headerBlock.copy(out, 12);
  body.copy(out, 12 + headerBlock.length);
  out.writeUInt32BE(crc32(out.subarray(0, total - 4)) >>> 0, total - 4);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

/** A ConverseStream event (`:message-type: event`). */
export function converseEvent(eventType: string, payload: Record<string, unknown>): Uint8Array {
  return encodeEventFrame(
    { ':event-type': eventType, ':content-type': 'application/json', ':message-type': 'event' },
    JSON.stringify(payload),
  );
}

/** A modelled stream exception (`:message-type: exception`, e.g. `throttlingException`). */
export function converseException(exceptionType: string, payload: Record<string, unknown>): Uint8Array {
  return encodeEventFrame(
    { ':exception-type': exceptionType, ':content-type': 'application/json', ':message-type': 'exception' },
    JSON.stringify(payload),
  );
}
