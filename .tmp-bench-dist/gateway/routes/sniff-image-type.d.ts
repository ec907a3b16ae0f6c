/** Image MIME type from magic bytes (for uploads sent as application/octet-stream). */
export declare function sniffImageType(data: Buffer): string | undefined;
