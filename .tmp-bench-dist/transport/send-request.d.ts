import { type LLMError } from '../errors/llm-error.js';
import type { WireRequest } from '../providers/provider-adapter.js';
export interface UpstreamResponse {
    status: number;
    headers: Record<string, string | string[] | undefined>;
    /** Async iterable of body chunks; must be consumed or `cancel()`ed. */
    body: AsyncIterable<Uint8Array> & {
        text(): Promise<string>;
        json(): Promise<unknown>;
    };
    /** Releases the socket when the body will not be read (e.g. after an error status). */
    cancel(): void;
}
export interface SendOptions {
    signal?: AbortSignal;
    proxy?: string;
    provider: string;
}
/**
 * Sends one upstream request with undici.request on the origin's pooled dispatcher. Network
 * failures become typed LLMErrors (`network`, or `timeout`/`aborted` from the signal's reason).
 */
export declare function sendRequest(wire: WireRequest, options: SendOptions): Promise<UpstreamResponse>;
/** Maps undici / abort failures to typed errors; keeps an LLMError already set as abort reason. */
export declare function toTransportError(err: unknown, signal: AbortSignal | undefined, provider: string): LLMError;
