import { describe, expect, it } from 'vitest';
import { readImageSize } from './image-size.js';

const u16le = (n: number) => [n & 0xff, n >> 8];
const u16be = (n: number) => [n >> 8, n & 0xff];
const u32be = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const text = (s: string) => [...s].map((c) => c.charCodeAt(0));

function png(width: number, height: number): Uint8Array {
  return Uint8Array.from([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...u32be(13),
    ...text('IHDR'),
    ...u32be(width),
    ...u32be(height),
    8,
    6,
    0,
    0,
    0,
  ]);
}

function dataUrl(bytes: Uint8Array, mime: string): string {
  return `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`;
}

function jpeg(width: number, height: number, paddingBytes: number): Uint8Array {
  const app0 = [0xff, 0xe0, ...u16be(16), ...text('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  // A large APP1 (EXIF-like) segment pushes the frame header past the first decoded chunk.
  const app1 = [0xff, 0xe1, ...u16be(paddingBytes + 2), ...new Array(paddingBytes).fill(0)];
  const sof0 = [0xff, 0xc0, ...u16be(17), 8, ...u16be(height), ...u16be(width), 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return Uint8Array.from([0xff, 0xd8, ...app0, ...app1, 0xff, 0xff, ...sof0, 0xff, 0xd9]);
}

function riff(chunk: string, body: number[]): Uint8Array {
  const payload = [...text('WEBP'), ...text(chunk), ...[body.length, 0, 0, 0], ...body];
  return Uint8Array.from([...text('RIFF'), ...[payload.length, 0, 0, 0], ...payload]);
}

describe('readImageSize', () => {
  it('reads PNG from bytes and from a data URL', () => {
    expect(readImageSize(png(1024, 768))).toEqual({ width: 1024, height: 768, format: 'png' });
    expect(readImageSize(dataUrl(png(3840, 2160), 'image/png'))).toEqual({ width: 3840, height: 2160, format: 'png' });
  });

  it('reads GIF', () => {
    const gif = Uint8Array.from([...text('GIF89a'), ...u16le(320), ...u16le(200), 0, 0, 0]);
    expect(readImageSize(gif)).toEqual({ width: 320, height: 200, format: 'gif' });
  });

  it('reads the three WebP flavours', () => {
    const lossy = riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, ...u16le(800), ...u16le(600), 0, 0]);
    expect(readImageSize(lossy)).toEqual({ width: 800, height: 600, format: 'webp' });
    const packed = (640 - 1) | ((480 - 1) << 14);
    const lossless = riff('VP8L', [
      0x2f,
      packed & 0xff,
      (packed >> 8) & 0xff,
      (packed >> 16) & 0xff,
      (packed >>> 24) & 0xff,
      0,
      0,
      0,
      0,
      0,
    ]);
    expect(readImageSize(lossless)).toEqual({ width: 640, height: 480, format: 'webp' });
    const w = 4000 - 1;
    const h = 3000 - 1;
    const extended = riff('VP8X', [0x10, 0, 0, 0, w & 0xff, (w >> 8) & 0xff, w >> 16, h & 0xff, (h >> 8) & 0xff, h >> 16]);
    expect(readImageSize(extended)).toEqual({ width: 4000, height: 3000, format: 'webp' });
  });

  it('reads JPEG even when the frame header sits behind large metadata', () => {
    expect(readImageSize(jpeg(1920, 1080, 100))).toEqual({ width: 1920, height: 1080, format: 'jpeg' });
    expect(readImageSize(dataUrl(jpeg(1075, 1520, 30_000), 'image/jpeg'))).toEqual({ width: 1075, height: 1520, format: 'jpeg' });
  });

  it('returns undefined for what it cannot read', () => {
    expect(readImageSize('https://example.com/cat.png')).toBeUndefined();
    expect(readImageSize('data:image/svg+xml,%3Csvg%3E')).toBeUndefined();
    expect(readImageSize(dataUrl(Uint8Array.from([1, 2, 3, 4, 5]), 'image/png'))).toBeUndefined();
    expect(readImageSize(png(1024, 768).subarray(0, 12))).toBeUndefined();
    expect(readImageSize(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 1]))).toBeUndefined();
  });
});
