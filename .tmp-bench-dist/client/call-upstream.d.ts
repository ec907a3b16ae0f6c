import type { AdapterContext, ProviderAdapter, SseEvent, WireRequest } from '../providers/provider-adapter.js';
import type { ApiKeyConfig } from '../settings/resolved-settings.js';
import type { ChatRequest } from '../spec/chat-request.js';
import type { ChatResult } from '../spec/chat-result.js';
import type { StreamDelta } from '../spec/stream-delta.js';
import { type StageTimeouts } from './attempt-controller.js';
import type { Deployment } from './deployment.js';
export interface UpstreamCallOptions {
    signal?: AbortSignal;
    apiKey?: ApiKeyConfig;
    timeouts?: StageTimeouts;
    /** Response headers arrived (status known). */
    onHeaders?: (status: number) => void;
}
/** Decodes a body's framing into events; SSE by default, pluggable (AWS event-stream). */
export interface FramingDecoder {
    push(chunk: Uint8Array): SseEvent[];
    end(): SseEvent[];
}
type FramingFactory = () => FramingDecoder;
export declare function registerFraming(name: string, factory: FramingFactory): void;
/** Optional async request signer (cloud auth: SigV4, OAuth tokens), registered by cloud modules. */
export type RequestSignerHook = (wire: WireRequest, deployment: Deployment, ctx: AdapterContext, signal: AbortSignal) => Promise<WireRequest>;
export declare function setRequestSigner(hook: RequestSignerHook | undefined): void;
export declare function adapterFor(deployment: Deployment): ProviderAdapter;
/** One non-streaming attempt on one deployment with one key. */
export declare function completeOnce(deployment: Deployment, request: ChatRequest, opts?: UpstreamCallOptions): Promise<ChatResult>;
/**
 * One streaming attempt. Breaking out of the loop (or the caller's signal) aborts the upstream
 * request; the body is always consumed or destroyed.
 */
export declare function streamOnce(deployment: Deployment, request: ChatRequest, opts?: UpstreamCallOptions): AsyncGenerator<StreamDelta, void, undefined>;
export {};
