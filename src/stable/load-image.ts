import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { createLLMError } from '../errors/llm-error.js';

/** Anything `analyze` accepts as an image. */
export type ImageInput = string | Buffer | Uint8Array | URL;

const MIME_BY_EXT: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.bmp': 'image/bmp',
  '.heic': 'image/heic',
};

/** Sniffs the image type from magic bytes so Buffers need no separate mime argument. */
export function sniffImageMime(bytes: Uint8Array): string | undefined {
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 6 && bytes[0] === 0x47 && bytes[1] === 0x49 && bytes[2] === 0x46) return 'image/gif';
  if (bytes.length >= 12 && bytes[0] === 0x52 && bytes[1] === 0x49 && bytes[8] === 0x57 && bytes[9] === 0x45) return 'image/webp';
  if (bytes.length >= 2 && bytes[0] === 0x42 && bytes[1] === 0x4d) return 'image/bmp';
  return undefined;
}

/**
 * Turns a path, Buffer, http(s) URL or data URL into the URL an `image_url` part carries.
 * http(s) URLs pass through (adapters that cannot fetch them get them inlined by the client).
 */
export async function loadImage(image: ImageInput): Promise<string> {
  if (image instanceof URL) return image.href;
  if (typeof image === 'string') {
    if (/^data:image\/[a-z0-9.+-]+;base64,/i.test(image) || /^https?:\/\//i.test(image)) return image;
    let bytes: Buffer;
    try {
      bytes = await readFile(image);
    } catch (err) {
      throw createLLMError({
        kind: 'invalid_request',
        status: 400,
        code: 'image',
        message: `image: cannot read file ${image}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
      });
    }
    const mime = sniffImageMime(bytes) ?? MIME_BY_EXT[extname(image).toLowerCase()];
    if (!mime)
      throw createLLMError({
        kind: 'invalid_request',
        status: 400,
        code: 'image',
        message: `image: ${image} is not a recognised image (png, jpeg, gif, webp, bmp)`,
      });
    return `data:${mime};base64,${bytes.toString('base64')}`;
  }
  const bytes = Buffer.from(image);
  const mime = sniffImageMime(bytes);
  if (!mime)
    throw createLLMError({
      kind: 'invalid_request',
      status: 400,
      code: 'image',
      message: 'image: buffer is not a recognised image (png, jpeg, gif, webp, bmp)',
    });
  return `data:${mime};base64,${bytes.toString('base64')}`;
}
