/**
 * Tiny guards for reading untrusted JSON without schemas on the hot path. Upstream bodies are
 * never trusted: every field is checked for its type before use.
 */
export type JsonRecord = Record<string, unknown>;
export declare function isRecord(value: unknown): value is JsonRecord;
export declare function readString(value: unknown): string | undefined;
/** A finite number, or undefined. */
export declare function readNumber(value: unknown): number | undefined;
/** A finite, non-negative count (token numbers), or undefined. */
export declare function readCount(value: unknown): number | undefined;
