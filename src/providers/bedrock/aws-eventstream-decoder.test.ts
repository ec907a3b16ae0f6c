import { EventStreamCodec, Int64, type Message } from '@smithy/eventstream-codec';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';
import { describe, expect, it } from 'vitest';
import { AwsEventStreamDecoder, isEventStreamException } from './aws-eventstream-decoder.js';
import { crc32, crc32Fallback } from './crc32.js';
import { encodeEventStreamMessage, stringHeaders } from './event-stream-encoder.js';
import type { EventStreamMessage } from './event-stream-message.js';
import { EventStreamMessageDecoder } from './event-stream-message-decoder.js';

// Reference frames come from the official AWS codec (@smithy/eventstream-codec), never from our
// own encoder, so a shared misunderstanding cannot pass.
const codec = new EventStreamCodec(toUtf8, fromUtf8);

const event = (type: string, payload: unknown): Message => ({
  headers: {
    ':event-type': { type: 'string', value: type },
    ':content-type': { type: 'string', value: 'application/json' },
    ':message-type': { type: 'string', value: 'event' },
  },
  body: fromUtf8(JSON.stringify(payload)),
});

const REFERENCE: Message[] = [
  event('messageStart', { role: 'assistant' }),
  event('contentBlockDelta', { contentBlockIndex: 0, delta: { text: 'Hello, 世界 🌍' } }),
  {
    headers: {
      ':message-type': { type: 'string', value: 'event' },
      ':event-type': { type: 'string', value: 'allTypes' },
      yes: { type: 'boolean', value: true },
      no: { type: 'boolean', value: false },
      b: { type: 'byte', value: -7 },
      s: { type: 'short', value: -1234 },
      i: { type: 'integer', value: 123456789 },
      l: { type: 'long', value: Int64.fromNumber(-9007199254740991) },
      bin: { type: 'binary', value: Uint8Array.from([0, 1, 2, 255]) },
      ts: { type: 'timestamp', value: new Date('2026-05-06T07:08:09.010Z') },
      id: { type: 'uuid', value: '0123abcd-4567-89ef-0123-456789abcdef' },
    },
    body: new Uint8Array(0),
  },
  event('metadata', { usage: { inputTokens: 10, outputTokens: 3, totalTokens: 13 }, metrics: { latencyMs: 42 } }),
  {
    headers: {
      ':message-type': { type: 'string', value: 'exception' },
      ':exception-type': { type: 'string', value: 'throttlingException' },
      ':content-type': { type: 'string', value: 'application/json' },
    },
    body: fromUtf8('{"message":"Too many requests, please wait before trying again."}'),
  },
  {
    headers: {
      ':message-type': { type: 'string', value: 'error' },
      ':error-code': { type: 'string', value: 'InternalFailure' },
      ':error-message': { type: 'string', value: 'boom' },
    },
    body: new Uint8Array(0),
  },
];

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

const STREAM = concat(REFERENCE.map((m) => codec.encode(m)));

function decodeEvents(chunks: Uint8Array[]) {
  const d = new AwsEventStreamDecoder();
  const out = chunks.flatMap((c) => d.push(c));
  return [...out, ...d.end()];
}

const EXPECTED = [
  { event: 'messageStart', data: '{"role":"assistant"}' },
  { event: 'contentBlockDelta', data: '{"contentBlockIndex":0,"delta":{"text":"Hello, 世界 🌍"}}' },
  { event: 'allTypes', data: '' },
  { event: 'metadata', data: '{"usage":{"inputTokens":10,"outputTokens":3,"totalTokens":13},"metrics":{"latencyMs":42}}' },
  { event: 'throttlingException', data: '{"message":"Too many requests, please wait before trying again."}' },
  { event: 'error', data: '{"__type":"InternalFailure","message":"boom"}' },
];

describe('AwsEventStreamDecoder (frames from @smithy/eventstream-codec)', () => {
  it('maps events, exceptions and errors to SseEvent-like records', () => {
    expect(decodeEvents([STREAM])).toEqual(EXPECTED);
    expect(EXPECTED.map((e) => isEventStreamException(e))).toEqual([false, false, false, false, true, true]);
  });

  it('gives identical output for a split at every byte boundary', () => {
    for (let i = 1; i < STREAM.length; i++) {
      expect(decodeEvents([STREAM.subarray(0, i), STREAM.subarray(i)])).toEqual(EXPECTED);
    }
  });

  it('gives identical output for every three-way split around each frame boundary, and byte by byte', () => {
    const bytes = Array.from(STREAM, (_b, i) => STREAM.subarray(i, i + 1));
    expect(decodeEvents(bytes)).toEqual(EXPECTED);
    for (let i = 1; i < STREAM.length; i += 7) {
      for (let j = i + 1; j < STREAM.length; j += 13) {
        expect(decodeEvents([STREAM.subarray(0, i), STREAM.subarray(i, j), STREAM.subarray(j)])).toEqual(EXPECTED);
      }
    }
  });
});

describe('EventStreamMessageDecoder', () => {
  it('decodes every header type the codec writes', () => {
    const [m] = new EventStreamMessageDecoder().push(codec.encode(REFERENCE[2]));
    expect(m.headers).toEqual({
      ':message-type': { type: 'string', value: 'event' },
      ':event-type': { type: 'string', value: 'allTypes' },
      yes: { type: 'boolean', value: true },
      no: { type: 'boolean', value: false },
      b: { type: 'byte', value: -7 },
      s: { type: 'short', value: -1234 },
      i: { type: 'integer', value: 123456789 },
      l: { type: 'long', value: -9007199254740991n },
      bin: { type: 'binary', value: Uint8Array.from([0, 1, 2, 255]) },
      ts: { type: 'timestamp', value: new Date('2026-05-06T07:08:09.010Z') },
      id: { type: 'uuid', value: '0123abcd-4567-89ef-0123-456789abcdef' },
    });
    expect(m.payload.length).toBe(0);
  });

  it('rejects a corrupted prelude CRC, a corrupted payload and a truncated stream', () => {
    const frame = codec.encode(REFERENCE[1]);
    const badPrelude = frame.slice();
    badPrelude[9] ^= 0xff;
    expect(() => new EventStreamMessageDecoder().push(badPrelude)).toThrow(/prelude checksum/);
    const badPayload = frame.slice();
    badPayload[frame.length - 10] ^= 0x01;
    expect(() => new EventStreamMessageDecoder().push(badPayload)).toThrowError(
      expect.objectContaining({ kind: 'server', code: 'eventstream_corrupt' }),
    );
    const d = new EventStreamMessageDecoder();
    expect(d.push(frame.subarray(0, frame.length - 3))).toEqual([]);
    expect(d.hasPartial).toBe(true);
    expect(() => d.end()).toThrowError(expect.objectContaining({ kind: 'network', code: 'eventstream_truncated' }));
  });

  it('rejects impossible lengths even when the prelude CRC is valid', () => {
    const prelude = new Uint8Array(16);
    const view = new DataView(prelude.buffer);
    view.setUint32(0, 16);
    view.setUint32(4, 100);
    view.setUint32(8, crc32(prelude.subarray(0, 8)));
    expect(() => new EventStreamMessageDecoder().push(prelude)).toThrow(/invalid lengths/);
  });
});

describe('encodeEventStreamMessage', () => {
  it('produces bytes identical to the official codec', () => {
    for (const ref of REFERENCE) {
      const [ours] = new EventStreamMessageDecoder().push(codec.encode(ref));
      expect(Buffer.from(encodeEventStreamMessage(ours)).equals(Buffer.from(codec.encode(ref)))).toBe(true);
    }
  });

  it('is decodable by the official codec', () => {
    const msg: EventStreamMessage = {
      headers: stringHeaders({ ':message-type': 'event', ':event-type': 'contentBlockStop' }),
      payload: new TextEncoder().encode('{"contentBlockIndex":1}'),
    };
    const decoded = codec.decode(encodeEventStreamMessage(msg));
    expect(decoded.headers[':event-type']).toEqual({ type: 'string', value: 'contentBlockStop' });
    expect(toUtf8(decoded.body)).toBe('{"contentBlockIndex":1}');
  });
});

describe('crc32', () => {
  it('matches the table implementation and the standard check value', () => {
    const check = new TextEncoder().encode('123456789');
    expect(crc32(check)).toBe(0xcbf43926);
    expect(crc32Fallback(check)).toBe(0xcbf43926);
    expect(crc32Fallback(STREAM)).toBe(crc32(STREAM));
  });
});
