/** SSE framing helpers. Each returns one complete event, blank line included. */
/** `data: <json>\n\n` — OpenAI-style events without a name. */
export declare function sseData(data: unknown, lineEnd?: string): string;
/** `event: <name>\ndata: <json>\n\n` — Anthropic-style named events. */
export declare function sseEvent(event: string, data: unknown): string;
