import { createLLMError, type LLMError } from '../../errors/llm-error.js';
import { crc32 } from './crc32.js';
import {
  EVENT_STREAM_MAX_MESSAGE,
  EVENT_STREAM_OVERHEAD,
  EVENT_STREAM_PRELUDE,
  type EventStreamHeaderValue,
  type EventStreamMessage,
} from './event-stream-message.js';

const utf8 = new TextDecoder('utf-8', { fatal: false });

/**
 * Incremental decoder for AWS event-stream messages. Chunks may split a message anywhere (inside
 * the prelude, a header, the payload or the trailing CRC); bytes are buffered until a whole
 * message is present, then both CRCs are checked before anything is returned. A corrupt frame is
 * a typed `server` error: the byte stream cannot be resynchronised after it.
 */
export class EventStreamMessageDecoder {
  private pending: Uint8Array = new Uint8Array(0);

  constructor(private readonly provider = 'bedrock') {}

  push(input: Uint8Array): EventStreamMessage[] {
    // A plain Uint8Array view, so `.slice` below copies (Buffer#slice would alias the chunk).
    const chunk = new Uint8Array(input.buffer, input.byteOffset, input.length);
    let buf: Uint8Array;
    if (this.pending.length === 0) buf = chunk;
    else {
      buf = new Uint8Array(this.pending.length + chunk.length);
      buf.set(this.pending, 0);
      buf.set(chunk, this.pending.length);
    }
    const out: EventStreamMessage[] = [];
    let offset = 0;
    while (buf.length - offset >= EVENT_STREAM_PRELUDE) {
      const view = new DataView(buf.buffer, buf.byteOffset + offset, buf.length - offset);
      const total = view.getUint32(0);
      const headersLength = view.getUint32(4);
      const preludeCrc = view.getUint32(8);
      if (crc32(buf.subarray(offset, offset + 8)) !== preludeCrc) {
        throw this.corrupt(`prelude checksum mismatch (total length ${total})`);
      }
      if (total < EVENT_STREAM_OVERHEAD || total > EVENT_STREAM_MAX_MESSAGE || headersLength > total - EVENT_STREAM_OVERHEAD) {
        throw this.corrupt(`invalid lengths (total ${total}, headers ${headersLength})`);
      }
      if (buf.length - offset < total) break;
      const frame = buf.subarray(offset, offset + total);
      const messageCrc = view.getUint32(total - 4);
      if (crc32(frame.subarray(0, total - 4)) !== messageCrc) throw this.corrupt('message checksum mismatch');
      const headers = this.decodeHeaders(frame.subarray(EVENT_STREAM_PRELUDE, EVENT_STREAM_PRELUDE + headersLength));
      // Copy: the payload must not alias a chunk the transport may reuse.
      const payload = frame.slice(EVENT_STREAM_PRELUDE + headersLength, total - 4);
      out.push({ headers, payload });
      offset += total;
    }
    this.pending = offset === buf.length ? new Uint8Array(0) : buf.slice(offset);
    return out;
  }

  /** True when bytes of an incomplete message are buffered. */
  get hasPartial(): boolean {
    return this.pending.length > 0;
  }

  /** Call at end of body: leftover bytes mean the stream was cut mid-message. */
  end(): void {
    if (this.pending.length > 0) {
      const n = this.pending.length;
      this.pending = new Uint8Array(0);
      throw createLLMError({
        kind: 'network',
        code: 'eventstream_truncated',
        message: `${this.provider}: event stream ended inside a message (${n} bytes left over)`,
        provider: this.provider,
      });
    }
  }

  private decodeHeaders(bytes: Uint8Array): Record<string, EventStreamHeaderValue> {
    const headers: Record<string, EventStreamHeaderValue> = {};
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    let p = 0;
    const need = (n: number) => {
      if (p + n > bytes.length) throw this.corrupt('header runs past the header block');
    };
    while (p < bytes.length) {
      need(1);
      const nameLength = bytes[p++];
      need(nameLength + 1);
      const name = utf8.decode(bytes.subarray(p, p + nameLength));
      p += nameLength;
      const type = bytes[p++];
      let value: EventStreamHeaderValue;
      switch (type) {
        case 0:
        case 1:
          value = { type: 'boolean', value: type === 0 };
          break;
        case 2:
          need(1);
          value = { type: 'byte', value: view.getInt8(p) };
          p += 1;
          break;
        case 3:
          need(2);
          value = { type: 'short', value: view.getInt16(p) };
          p += 2;
          break;
        case 4:
          need(4);
          value = { type: 'integer', value: view.getInt32(p) };
          p += 4;
          break;
        case 5:
          need(8);
          value = { type: 'long', value: view.getBigInt64(p) };
          p += 8;
          break;
        case 6:
        case 7: {
          need(2);
          const len = view.getUint16(p);
          p += 2;
          need(len);
          const raw = bytes.subarray(p, p + len);
          value = type === 6 ? { type: 'binary', value: raw.slice() } : { type: 'string', value: utf8.decode(raw) };
          p += len;
          break;
        }
        case 8:
          need(8);
          value = { type: 'timestamp', value: new Date(Number(view.getBigInt64(p))) };
          p += 8;
          break;
        case 9: {
          need(16);
          const hex = Buffer.from(bytes.subarray(p, p + 16)).toString('hex');
          value = {
            type: 'uuid',
            value: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`,
          };
          p += 16;
          break;
        }
        default:
          throw this.corrupt(`unknown header value type ${type} for "${name}"`);
      }
      headers[name] = value;
    }
    return headers;
  }

  private corrupt(detail: string): LLMError {
    this.pending = new Uint8Array(0);
    return createLLMError({
      kind: 'server',
      code: 'eventstream_corrupt',
      status: 502,
      message: `${this.provider}: corrupt event stream: ${detail}`,
      provider: this.provider,
    });
  }
}
