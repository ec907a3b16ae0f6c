/** Anything `analyze` accepts as an image. */
export type ImageInput = string | Buffer | Uint8Array | URL;
/** Sniffs the image type from magic bytes so Buffers need no separate mime argument. */
export declare function sniffImageMime(bytes: Uint8Array): string | undefined;
/**
 * Turns a path, Buffer, http(s) URL or data URL into the URL an `image_url` part carries.
 * http(s) URLs pass through (adapters that cannot fetch them get them inlined by the client).
 */
export declare function loadImage(image: ImageInput): Promise<string>;
