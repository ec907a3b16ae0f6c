import type { FakeErrorKind } from './fake-error-kind.js';
import type { FakeRequestError } from './fake-request-error.js';
import type { IncomingRoute, ProtocolRoute } from './incoming-route.js';
import type { NormalizedRequest } from './normalized-request.js';
import type { PlannedReply } from './planned-reply.js';
/** One event exactly as written on the wire: SSE text with its blank line, or binary frames. */
export type Frame = string | Uint8Array;
export interface RenderedResponse {
    status: number;
    headers?: Record<string, string>;
    /** Objects are sent as JSON; strings and bytes as they are. */
    body: unknown;
}
export interface RenderedStream {
    /** Full content-type header, e.g. `text/event-stream; charset=utf-8`. */
    contentType: string;
    headers?: Record<string, string>;
    /** The events fault counts apply to. */
    frames: Frame[];
    /** Written after `frames` on a clean finish only (OpenAI's `data: [DONE]`). */
    trailer?: Frame[];
}
export interface ErrorHints {
    message?: string;
    /** The status a rule asked for; handlers whose bodies embed the status keep them consistent. */
    status?: number;
}
/**
 * A wire protocol the fake speaks. Built-ins live in `protocols/`; plug-ins are added through
 * `protocols/cloud-protocols.ts`, `registerProtocol` or `FakeUpstream.registerProtocol`. Handlers are
 * called on the hot path: keep `match` to plain string checks.
 */
export interface ProtocolHandler {
    readonly name: string;
    match(req: IncomingRoute): ProtocolRoute | undefined;
    /** Defaults to `extractApiKey` (Bearer, x-api-key, x-goog-api-key, api-key, ?key=). */
    apiKey?(req: IncomingRoute): string | undefined;
    /** Lenient: never throws on odd input, so rules can still match a request strict mode rejects. */
    parseRequest(body: unknown, route: ProtocolRoute, req: IncomingRoute): NormalizedRequest;
    /** Strict-mode checks the real provider makes; runs after rules had their chance. */
    validate?(request: NormalizedRequest, req: IncomingRoute): FakeRequestError | undefined;
    renderJson(reply: PlannedReply, request: NormalizedRequest): RenderedResponse;
    renderStream(reply: PlannedReply, request: NormalizedRequest): RenderedStream;
    /** The provider's native error for a kind; `request` is undefined when the body did not parse. */
    errorFor(kind: FakeErrorKind, request: NormalizedRequest | undefined, hints?: ErrorHints): RenderedResponse;
    /** A provider-style error event inside a stream; `body` replaces the default payload. */
    streamErrorFrame(request: NormalizedRequest, body?: unknown): Frame;
    /** A frame a client cannot parse (broken JSON, bad checksum). */
    malformedFrame(request: NormalizedRequest): Frame;
    /** Non-chat operations (`models`, `count_tokens`). `request` is the parsed body when there is one. */
    handleOther?(route: ProtocolRoute, body: unknown, req: IncomingRoute, ctx: OtherContext): RenderedResponse;
}
/** Server-level facts non-chat operations may need. */
export interface OtherContext {
    /** Model ids to list (the `models` option). */
    models: readonly string[];
    /** Parses a body with this handler's `parseRequest` (for token counting). */
    estimateInputTokens(request: NormalizedRequest): number;
}
