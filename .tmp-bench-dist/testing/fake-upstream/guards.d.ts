/** Tiny guards for walking untrusted JSON without casts scattered through the parsers. */
export type JsonObject = Record<string, unknown>;
export declare function isRecord(value: unknown): value is JsonObject;
export declare function asRecord(value: unknown): JsonObject;
export declare function asArray(value: unknown): unknown[];
export declare function asString(value: unknown): string | undefined;
export declare function asNumber(value: unknown): number | undefined;
/** First defined value among keys: the Gemini REST API takes camelCase and snake_case alike. */
export declare function pick(obj: JsonObject, camel: string, snake: string): unknown;
