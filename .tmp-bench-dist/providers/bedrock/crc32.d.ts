export declare function crc32Fallback(data: Uint8Array, value?: number): number;
export declare function crc32(data: Uint8Array, value?: number): number;
