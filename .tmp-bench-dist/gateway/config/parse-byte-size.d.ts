/**
 * `10mb`, `512kb`, `1048576` → bytes. Config files say sizes the way nginx does; a bare number
 * is bytes. Returns undefined for anything else so the schema can name the field.
 */
export declare function parseByteSize(value: string | number): number | undefined;
