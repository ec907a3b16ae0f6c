/**
 * Reads an image's pixel size from the first bytes of its file, without decoding pixels: image
 * token costs depend on width × height, and a data URL carries the header we need.
 */
/** Base64 characters decoded on the first try; enough for PNG/GIF/WebP and most JPEG headers. */
const HEAD_CHARS = 8192;
/**
 * Width and height of a PNG, JPEG, GIF or WebP given as bytes or a `data:` URL (base64).
 * Returns undefined for anything else (http URLs, SVG, truncated or unknown data).
 */
export function readImageSize(source) {
    if (typeof source !== 'string')
        return sizeFromBytes(source);
    const payload = base64Payload(source);
    if (payload === undefined)
        return undefined;
    const head = sizeFromBytes(decodeBase64Prefix(payload, HEAD_CHARS));
    if (head || payload.length <= HEAD_CHARS)
        return head;
    // JPEG metadata (EXIF, ICC profiles, thumbnails) can push the frame header far in: decode all.
    return sizeFromBytes(decodeBase64Prefix(payload, payload.length));
}
function base64Payload(dataUrl) {
    if (!dataUrl.startsWith('data:'))
        return undefined;
    const comma = dataUrl.indexOf(',');
    if (comma < 0 || !/;base64$/i.test(dataUrl.slice(0, comma)))
        return undefined;
    return dataUrl.slice(comma + 1);
}
function decodeBase64Prefix(payload, chars) {
    // Decode a whole number of 4-character quanta so the prefix decodes cleanly.
    const take = Math.min(payload.length, chars - (chars % 4));
    return Buffer.from(payload.slice(0, take), 'base64');
}
function sizeFromBytes(b) {
    if (b.length >= 24 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) {
        // PNG: 8-byte signature, then the IHDR chunk: length, "IHDR", width, height (big-endian).
        return valid(readU32BE(b, 16), readU32BE(b, 20), 'png');
    }
    if (b.length >= 10 && b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46) {
        // GIF87a / GIF89a: logical screen width and height, little-endian.
        return valid(b[6] | (b[7] << 8), b[8] | (b[9] << 8), 'gif');
    }
    if (b.length >= 30 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP')
        return webpSize(b);
    if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8)
        return jpegSize(b);
    return undefined;
}
function webpSize(b) {
    const chunk = ascii(b, 12, 4);
    if (chunk === 'VP8 ') {
        // Lossy: frame tag (3 bytes) and start code 9d 01 2a, then 14-bit width and height.
        return valid((b[26] | (b[27] << 8)) & 0x3fff, (b[28] | (b[29] << 8)) & 0x3fff, 'webp');
    }
    if (chunk === 'VP8L' && b[20] === 0x2f) {
        // Lossless: signature 0x2f, then width-1 and height-1 as packed 14-bit fields.
        const bits = b[21] | (b[22] << 8) | (b[23] << 16) | (b[24] << 24);
        return valid((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1, 'webp');
    }
    if (chunk === 'VP8X') {
        // Extended: canvas width-1 and height-1 as 24-bit little-endian.
        const width = (b[24] | (b[25] << 8) | (b[26] << 16)) + 1;
        const height = (b[27] | (b[28] << 8) | (b[29] << 16)) + 1;
        return valid(width, height, 'webp');
    }
    return undefined;
}
function jpegSize(b) {
    let i = 2;
    while (i + 3 < b.length) {
        if (b[i] !== 0xff)
            return undefined;
        const marker = b[i + 1];
        if (marker === 0xff) {
            i++; // fill byte
            continue;
        }
        // Markers without a length field: TEM, RST0-7, SOI, EOI.
        if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9)) {
            i += 2;
            continue;
        }
        const length = (b[i + 2] << 8) | b[i + 3];
        // SOF0-15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
        const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
        if (isFrame) {
            if (i + 8 >= b.length)
                return undefined;
            return valid((b[i + 7] << 8) | b[i + 8], (b[i + 5] << 8) | b[i + 6], 'jpeg');
        }
        if (length < 2)
            return undefined;
        i += 2 + length;
    }
    return undefined;
}
function readU32BE(b, at) {
    return ((b[at] << 24) >>> 0) + (b[at + 1] << 16) + (b[at + 2] << 8) + b[at + 3];
}
function ascii(b, at, length) {
    return String.fromCharCode(...b.subarray(at, at + length));
}
function valid(width, height, format) {
    return width > 0 && height > 0 ? { width, height, format } : undefined;
}
//# sourceMappingURL=image-size.js.map