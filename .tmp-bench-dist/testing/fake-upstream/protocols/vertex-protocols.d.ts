import type { ProtocolHandler, RenderedResponse } from '../protocol-handler.js';
export interface VertexProtocolOptions {
    name?: string;
    /** Accepted OAuth access tokens (e.g. `tokenServer.isIssued`); any non-empty token when omitted. */
    acceptToken?: (token: string) => boolean;
    /** Accepted express-mode API keys (`x-goog-api-key`, Gemini only); any `AIza…` key when omitted. */
    apiKeys?: readonly string[];
    /** When set, URLs must name this project. */
    project?: string;
}
/**
 * Gemini on Vertex AI: `…/projects/{p}/locations/{l}/publishers/google/models/{m}:generateContent`
 * (`:streamGenerateContent?alt=sse`), or express mode `…/publishers/google/models/{m}:…` with an
 * API key. Gemini bodies; OAuth Bearer auth; Google-model platform errors.
 */
export declare function createVertexGeminiProtocol(options?: VertexProtocolOptions): ProtocolHandler;
export declare const VERTEX_ANTHROPIC_VERSION = "vertex-2023-10-16";
/**
 * Claude on Vertex AI: `…/publishers/anthropic/models/{m}:rawPredict` / `:streamRawPredict`. The
 * body is a Messages request without `model` (it is in the URL) and with `anthropic_version:
 * "vertex-2023-10-16"`; responses and streams are Anthropic's; auth and quota errors are Google's.
 */
export declare function createVertexAnthropicProtocol(options?: VertexProtocolOptions): ProtocolHandler;
export declare const vertexGeminiProtocol: ProtocolHandler;
export declare const vertexAnthropicProtocol: ProtocolHandler;
/** Re-exported for tests that script Vertex errors. */
export declare const vertexErrors: {
    vertexUnauthenticated: () => import("../index.js").FakeErrorResponse;
    vertexResourceExhausted: (model?: string) => RenderedResponse;
    vertexUnavailable: () => import("../index.js").FakeErrorResponse;
};
