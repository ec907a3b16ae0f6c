/**
 * Reads an image's pixel size from the first bytes of its file, without decoding pixels: image
 * token costs depend on width × height, and a data URL carries the header we need.
 */
export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'webp';
export interface ImageSize {
    width: number;
    height: number;
    format: ImageFormat;
}
/**
 * Width and height of a PNG, JPEG, GIF or WebP given as bytes or a `data:` URL (base64).
 * Returns undefined for anything else (http URLs, SVG, truncated or unknown data).
 */
export declare function readImageSize(source: string | Uint8Array): ImageSize | undefined;
