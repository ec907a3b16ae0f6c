import { describe, expect, it } from 'vitest';
import { MultipartParser, multipartBoundary } from '../../src/gateway/multipart/multipart-parser.js';

const B = '----stableLLMboundary7MA4YWxk';
const body = Buffer.concat([
  Buffer.from(`preamble\r\n--${B}\r\nContent-Disposition: form-data; name="prompt"\r\n\r\n你好 world\r\n`),
  Buffer.from(`--${B}\r\nContent-Disposition: form-data; name="image"; filename="a b.png"\r\nContent-Type: image/png\r\n\r\n`),
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x2d, 0x2d, 0x00, 0xff, 0x0d, 0x0a]),
  Buffer.from(`\r\n--${B}--\r\nepilogue`),
]);

describe('MultipartParser', () => {
  it('parses fields and binary files wherever the chunks are split', () => {
    for (let split = 1; split < body.length; split++) {
      const p = new MultipartParser(B, { maxFileBytes: 1024 });
      p.push(body.subarray(0, split));
      p.push(body.subarray(split));
      const parts = p.end();
      expect(parts.map((x) => x.name)).toEqual(['prompt', 'image']);
      expect(parts[0].data.toString('utf8')).toBe('你好 world');
      expect(parts[1]).toMatchObject({ filename: 'a b.png', contentType: 'image/png' });
      expect([...parts[1].data]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x2d, 0x2d, 0x00, 0xff, 0x0d, 0x0a]);
    }
  });

  it('parses byte by byte', () => {
    const p = new MultipartParser(B, { maxFileBytes: 1024 });
    for (const byte of body) p.push(Buffer.from([byte]));
    expect(p.end()).toHaveLength(2);
  });

  it('enforces limits while data arrives and rejects malformed bodies', () => {
    const p = new MultipartParser(B, { maxFileBytes: 4 });
    expect(() => p.push(body)).toThrow(/limit/);
    const q = new MultipartParser(B, { maxFileBytes: 1024 });
    q.push(Buffer.from(`--${B}\r\nContent-Disposition: form-data; name="x"\r\n\r\nunterminated`));
    expect(() => q.end()).toThrow(/closing boundary/);
    const r = new MultipartParser(B, { maxFileBytes: 1024 });
    expect(() => r.push(Buffer.from(`--${B}\r\nContent-Type: text/plain\r\n\r\nx\r\n--${B}--`))).toThrow(/no name/);
  });

  it('reads the boundary from Content-Type', () => {
    expect(multipartBoundary(`multipart/form-data; boundary=${B}`)).toBe(B);
    expect(multipartBoundary('multipart/form-data; boundary="quoted b"')).toBe('quoted b');
    expect(multipartBoundary('application/json')).toBeUndefined();
  });
});
