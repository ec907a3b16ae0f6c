import { crc32 } from './crc32.js';
import {
  EVENT_STREAM_OVERHEAD,
  EVENT_STREAM_PRELUDE,
  type EventStreamHeaderValue,
  type EventStreamMessage,
} from './event-stream-message.js';

const utf8 = new TextEncoder();

/**
 * Encodes one AWS event-stream message. The fake Bedrock upstream uses it to produce
 * ConverseStream bodies; tests check it against the official codec in both directions.
 */
export function encodeEventStreamMessage(message: EventStreamMessage): Uint8Array {
  const headerParts: Uint8Array[] = [];
  for (const [name, header] of Object.entries(message.headers)) headerParts.push(encodeHeader(name, header));
  const headersLength = headerParts.reduce((n, p) => n + p.length, 0);
  const total = EVENT_STREAM_OVERHEAD + headersLength + message.payload.length;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, total);
  view.setUint32(4, headersLength);
  view.setUint32(8, crc32(out.subarray(0, 8)));
  let p = EVENT_STREAM_PRELUDE;
  for (const part of headerParts) {
    out.set(part, p);
    p += part.length;
  }
  out.set(message.payload, p);
  view.setUint32(total - 4, crc32(out.subarray(0, total - 4)));
  return out;
}

/** Shorthand for the string headers every Bedrock event carries. */
export function stringHeaders(headers: Record<string, string>): Record<string, EventStreamHeaderValue> {
  const out: Record<string, EventStreamHeaderValue> = {};
  for (const [k, v] of Object.entries(headers)) out[k] = { type: 'string', value: v };
  return out;
}

function encodeHeader(name: string, header: EventStreamHeaderValue): Uint8Array {
  const nameBytes = utf8.encode(name);
  if (nameBytes.length > 255) throw new RangeError(`event-stream header name too long: ${name}`);
  let body: Uint8Array;
  let type: number;
  switch (header.type) {
    case 'boolean':
      type = header.value ? 0 : 1;
      body = new Uint8Array(0);
      break;
    case 'byte':
      type = 2;
      body = new Uint8Array(1);
      new DataView(body.buffer).setInt8(0, header.value);
      break;
    case 'short':
      type = 3;
      body = new Uint8Array(2);
      new DataView(body.buffer).setInt16(0, header.value);
      break;
    case 'integer':
      type = 4;
      body = new Uint8Array(4);
      new DataView(body.buffer).setInt32(0, header.value);
      break;
    case 'long':
      type = 5;
      body = new Uint8Array(8);
      new DataView(body.buffer).setBigInt64(0, header.value);
      break;
    case 'binary':
    case 'string': {
      type = header.type === 'binary' ? 6 : 7;
      const data = header.type === 'binary' ? header.value : utf8.encode(header.value);
      if (data.length > 0xffff) throw new RangeError(`event-stream header "${name}" value too long`);
      body = new Uint8Array(2 + data.length);
      new DataView(body.buffer).setUint16(0, data.length);
      body.set(data, 2);
      break;
    }
    case 'timestamp':
      type = 8;
      body = new Uint8Array(8);
      new DataView(body.buffer).setBigInt64(0, BigInt(header.value.getTime()));
      break;
    case 'uuid': {
      type = 9;
      const hex = header.value.replace(/-/g, '');
      if (!/^[0-9a-fA-F]{32}$/.test(hex)) throw new RangeError(`event-stream header "${name}" is not a UUID`);
      body = Uint8Array.from(Buffer.from(hex, 'hex'));
      break;
    }
  }
  const out = new Uint8Array(1 + nameBytes.length + 1 + body.length);
  out[0] = nameBytes.length;
  out.set(nameBytes, 1);
  out[1 + nameBytes.length] = type;
  out.set(body, 2 + nameBytes.length);
  return out;
}
