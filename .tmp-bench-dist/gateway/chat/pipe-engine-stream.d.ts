import type { EngineStream } from '../../engine/engine-types.js';
import type { StreamDelta } from '../../spec/stream-delta.js';
import type { RequestContext } from '../http/request-context.js';
import type { SseEncoder } from './sse-encoder.js';
/**
 * Streams an engine stream to the client. Headers wait for the first delta: the engine fails
 * over silently until a candidate produced its first token, so errors before that are proper
 * HTTP errors (429/503 with the SDKs' error classes); after it they are a final SSE error event.
 * A client that leaves aborts the upstream request at once (ctx.signal + iterator return).
 */
export declare function pipeEngineStream(ctx: RequestContext, stream: EngineStream, createEncoder: (first: StreamDelta) => SseEncoder): Promise<void>;
