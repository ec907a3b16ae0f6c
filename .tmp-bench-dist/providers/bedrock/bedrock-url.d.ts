import type { AdapterContext } from '../provider-adapter.js';
/** The regional Bedrock runtime host. */
export declare function bedrockRuntimeBase(region: string): string;
/**
 * API base for a Bedrock call: an explicit `api_base` (VPC endpoint, proxy, the local fake) wins;
 * else the endpoint's `region`; else the context's base (the preset default, us-east-1 — the
 * request signer moves it to AWS_REGION when that is set).
 */
export declare function resolveBedrockApiBase(ctx: Pick<AdapterContext, 'apiBase' | 'endpointOptions'>): string;
/** `/model/{id}/converse[-stream]`; the id is one path segment (ARNs contain `/` and `:`). */
export declare function bedrockConverseUrl(apiBase: string, model: string, stream: boolean): string;
