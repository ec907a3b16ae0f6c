import type { LLMError } from '../errors/llm-error.js';
import type { ChatRequest } from '../spec/chat-request.js';
import type { ChatResult } from '../spec/chat-result.js';
import type { StreamDelta } from '../spec/stream-delta.js';
import type { Protocol, ProviderQuirks } from './provider-preset.js';
/** What an adapter knows about the target when converting. Pure data; no I/O handles. */
export interface AdapterContext {
    /** Backend name (`"deepseek"`), reported as `provider` on results and errors. */
    provider: string;
    /** Upstream model id to send. */
    model: string;
    /** API base without trailing slash, e.g. `https://api.deepseek.com`. */
    apiBase: string;
    /** Key for this attempt; undefined for key-less local servers or signed protocols. */
    apiKey?: string;
    stream: boolean;
    quirks: ProviderQuirks;
    /** Model capabilities from settings / catalog. */
    capabilities: {
        maxOutputTokens?: number;
        contextLength?: number;
        functionCallAvailable: boolean;
        responseFormatAvailable: boolean;
        nativeMultimodal: boolean;
    };
    /** Endpoint-level extras (Azure api-version, Vertex project/region, Bedrock region…). */
    endpointOptions?: Record<string, unknown>;
}
/** A fully built upstream HTTP request. Headers are lower-case. */
export interface WireRequest {
    url: string;
    method: 'POST';
    headers: Record<string, string>;
    body: string | Uint8Array;
    /** Unsupported settings dropped or changed during conversion. */
    warnings: string[];
}
/** One decoded Server-Sent Event. */
export interface SseEvent {
    event?: string;
    data: string;
    id?: string;
}
/**
 * Stateful per-stream parser. `push` returns zero or more canonical deltas and throws an LLMError
 * when the stream itself reports an error (OpenAI `{error}` data, Anthropic `event: error`,
 * DashScope inspection errors). `finish` flushes anything buffered (e.g. an open `<think>` tag)
 * and must be called once when the body ends.
 */
export interface StreamParser {
    push(event: SseEvent): StreamDelta[];
    finish(): StreamDelta[];
}
/** Status, headers and (possibly empty) text of a failed upstream response. */
export interface ErrorResponse {
    status: number;
    headers: Record<string, string | string[] | undefined>;
    bodyText: string;
}
/**
 * A provider protocol as pure converters. Everything an adapter does is synchronous and free of
 * I/O, so it is cheap to test with snapshots and fixtures.
 */
export interface ProviderAdapter {
    protocol: Protocol;
    /** Canonical request → upstream request. Throws LLMError(kind invalid_request) on unsupported content. */
    buildRequest(request: ChatRequest, ctx: AdapterContext): WireRequest;
    /** Upstream JSON body of a 2xx → canonical result. Throws LLMError for errors hidden in a 200 body. */
    parseResponse(body: unknown, ctx: AdapterContext): ChatResult;
    /** Fresh stream parser for one response. */
    createStreamParser(ctx: AdapterContext): StreamParser;
    /** Non-2xx response → typed error (kind, code, retryAfterMs). Must take microseconds. */
    classifyError(response: ErrorResponse, ctx: Pick<AdapterContext, 'provider' | 'quirks'>): LLMError;
    /**
     * True when the upstream cannot fetch http(s) image URLs itself (Gemini, Bedrock, Anthropic on
     * Vertex): the client downloads them and passes data URLs before calling buildRequest.
     */
    requiresInlineImages?: boolean;
    /** Stream framing: SSE for most, AWS event-stream for Bedrock. */
    streamFraming?: 'sse' | 'aws-eventstream';
}
