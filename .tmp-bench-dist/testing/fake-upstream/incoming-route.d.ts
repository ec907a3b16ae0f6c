import type { IncomingHttpHeaders } from 'node:http';
/** What a protocol handler sees of an incoming request before its body is parsed. */
export interface IncomingRoute {
    readonly method: string;
    /** The URL path without the query string, exactly as received (not decoded). */
    readonly path: string;
    readonly query: URLSearchParams;
    readonly headers: IncomingHttpHeaders;
}
/**
 * A protocol handler's verdict that it owns a request. `model` and `stream` are set when the URL
 * carries them (Gemini `models/{m}:streamGenerateContent`, Azure deployments, Bedrock
 * `/model/{id}/converse-stream`); otherwise they come from the body.
 */
export interface ProtocolRoute {
    /** `chat` goes through the reply planner; anything else (`models`, `count_tokens`) to `handleOther`. */
    operation: string;
    model?: string;
    stream?: boolean;
}
