export interface MultipartPart {
    name: string;
    filename?: string;
    contentType?: string;
    data: Buffer;
}
export interface MultipartLimits {
    /** Largest single file part, bytes. */
    maxFileBytes: number;
    /** Largest non-file field, bytes. Default 1 MiB. */
    maxFieldBytes?: number;
    /** Most parts accepted. Default 20. */
    maxParts?: number;
}
/**
 * A streaming multipart/form-data parser (RFC 7578). Chunks are scanned for the boundary as
 * they arrive; only a delimiter-sized tail is carried between chunks, so a part's bytes are
 * copied once, and limits are enforced while the upload is still arriving. No dependency.
 */
export declare class MultipartParser {
    private readonly delimiter;
    private readonly firstBoundary;
    private readonly limits;
    private state;
    private buf;
    private readonly parts;
    private current;
    constructor(boundary: string, limits: MultipartLimits);
    push(chunk: Buffer): void;
    /** All parts, once the closing boundary was seen. */
    end(): MultipartPart[];
    private startPart;
    private append;
    private endPart;
}
/** The boundary parameter of a multipart Content-Type, or undefined. */
export declare function multipartBoundary(contentType: string | undefined): string | undefined;
