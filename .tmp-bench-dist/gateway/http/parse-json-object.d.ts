/** Parses a request body as a JSON object. Empty, malformed and non-object bodies are 400s saying what is wrong. */
export declare function parseJsonObject(buf: Buffer): Record<string, unknown>;
