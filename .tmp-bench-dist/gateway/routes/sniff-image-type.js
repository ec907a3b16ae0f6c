/** Image MIME type from magic bytes (for uploads sent as application/octet-stream). */
export function sniffImageType(data) {
    if (data.length >= 8 && data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47)
        return 'image/png';
    if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff)
        return 'image/jpeg';
    if (data.length >= 6 && data.toString('latin1', 0, 4) === 'GIF8')
        return 'image/gif';
    if (data.length >= 12 && data.toString('latin1', 0, 4) === 'RIFF' && data.toString('latin1', 8, 12) === 'WEBP')
        return 'image/webp';
    return undefined;
}
//# sourceMappingURL=sniff-image-type.js.map