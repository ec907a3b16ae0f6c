import { describe, expect, it } from 'vitest';
import { SseDecoder } from './sse-decoder.js';

const STREAM =
  ': keep-alive\r\n\r\n' +
  'event: message_start\r\ndata: {"type":"message_start","text":"你好，世界 🌍"}\r\n\r\n' +
  'data: {"a":1}\n' +
  'data: {"b":2}\n\n' +
  'id: 7\ndata:no-space\r\r' +
  'data: [DONE]\n\n';

function decodeAll(chunks: Uint8Array[]): unknown[] {
  const d = new SseDecoder();
  const out = chunks.flatMap((c) => d.push(c));
  return [...out, ...d.end()];
}

describe('SseDecoder', () => {
  const bytes = new TextEncoder().encode(STREAM);
  const whole = decodeAll([bytes]);

  it('decodes events, comments, multi-line data, CR/CRLF/LF and ids', () => {
    expect(whole).toEqual([
      { event: 'message_start', data: '{"type":"message_start","text":"你好，世界 🌍"}' },
      { data: '{"a":1}\n{"b":2}' },
      { data: 'no-space', id: '7' },
      { data: '[DONE]', id: '7' },
    ]);
  });

  it('gives identical events for every two-way split of the byte stream', () => {
    for (let i = 1; i < bytes.length; i++) {
      expect(decodeAll([bytes.subarray(0, i), bytes.subarray(i)])).toEqual(whole);
    }
  });

  it('gives identical events when fed one byte at a time', () => {
    const chunks = Array.from(bytes, (_b, i) => bytes.subarray(i, i + 1));
    expect(decodeAll(chunks)).toEqual(whole);
  });

  it('flushes an unterminated final event on end()', () => {
    const d = new SseDecoder();
    expect(d.push('data: tail')).toEqual([]);
    expect(d.end()).toEqual([{ data: 'tail' }]);
  });
});
