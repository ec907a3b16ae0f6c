import type { AdapterContext, WireRequest } from '../providers/provider-adapter.js';
import type { EndpointConfig } from '../settings/resolved-settings.js';
/** What a signer sees: the adapter context of this attempt plus the endpoint it targets. */
export type SignContext = AdapterContext & {
    endpoint: EndpointConfig;
};
/**
 * The async per-attempt hook for protocols whose auth needs I/O or the final bytes: OAuth tokens
 * (Vertex, Entra), SigV4 (Bedrock). Called after `buildRequest` and after endpoint headers are
 * merged, right before sending; it returns the request to send (never mutates its input).
 * Must be called again for every attempt/retry: signatures are time-bound and tokens rotate.
 */
export interface RequestSigner {
    sign(req: WireRequest, ctx: SignContext, signal?: AbortSignal): Promise<WireRequest>;
}
export interface CloudSignerOptions {
    /** Environment for credential fallbacks (default `process.env`). */
    env?: NodeJS.ProcessEnv;
    /** Clock (epoch ms) for signatures and token expiry (tests). */
    now?: () => number;
}
