import type { AdapterContext } from '../provider-adapter.js';

/** The regional Bedrock runtime host. */
export function bedrockRuntimeBase(region: string): string {
  return `https://bedrock-runtime.${region}.amazonaws.com`;
}

/**
 * API base for a Bedrock call: an explicit `api_base` (VPC endpoint, proxy, the local fake) wins;
 * else the endpoint's `region`; else the context's base (the preset default, us-east-1 — the
 * request signer moves it to AWS_REGION when that is set).
 */
export function resolveBedrockApiBase(ctx: Pick<AdapterContext, 'apiBase' | 'endpointOptions'>): string {
  const opts = ctx.endpointOptions ?? {};
  if (typeof opts.api_base === 'string' && opts.api_base !== '') return opts.api_base.replace(/\/+$/, '');
  if (typeof opts.region === 'string' && opts.region !== '') return bedrockRuntimeBase(opts.region);
  return ctx.apiBase.replace(/\/+$/, '');
}

/** `/model/{id}/converse[-stream]`; the id is one path segment (ARNs contain `/` and `:`). */
export function bedrockConverseUrl(apiBase: string, model: string, stream: boolean): string {
  return `${apiBase}/model/${encodeURIComponent(model)}/${stream ? 'converse-stream' : 'converse'}`;
}
