import { createAzureSigner } from '../auth/azure-request-signer.js';
import { createBedrockSigner } from '../auth/bedrock-request-signer.js';
import { type CloudProtocol, resolveCloudEndpointOptions } from '../auth/cloud-endpoint-options.js';
import type { CloudSignerOptions, RequestSigner } from '../auth/request-signer.js';
import { createVertexSigner } from '../auth/vertex-request-signer.js';
import type { BackendType } from '../settings/backend-type.js';
import type { EndpointConfig } from '../settings/resolved-settings.js';
import { azureOpenAIAdapter } from './azure/azure-openai-adapter.js';
import { AwsEventStreamDecoder } from './bedrock/aws-eventstream-decoder.js';
import { bedrockAdapter } from './bedrock/bedrock-adapter.js';
import { PRESETS } from './presets.js';
import type { AdapterContext, ProviderAdapter, WireRequest } from './provider-adapter.js';
import type { Protocol } from './provider-preset.js';
import { vertexAnthropicAdapter } from './vertex/vertex-anthropic-adapter.js';
import { vertexGeminiAdapter } from './vertex/vertex-gemini-adapter.js';

export { type CloudProtocol, resolveCloudEndpointOptions } from '../auth/cloud-endpoint-options.js';
/**
 * Cloud deployments (Azure OpenAI, Vertex AI, AWS Bedrock): the per-attempt request signer, the
 * adapters, credential validation and environment fallbacks — everything the client needs to
 * treat them like any other provider.
 *
 * Contract for the client, per attempt:
 *   1. protocol = cloudProtocolOf(endpoint, backend, modelId)  (adapter = CLOUD_ADAPTERS[protocol])
 *   2. ctx.endpointOptions = { ...endpoint.raw, region, api_version, ...resolveCloudEndpointOptions(endpoint, protocol) }
 *   3. wire = adapter.buildRequest(...); merge endpoint headers
 *   4. wire = await getRequestSigner(endpoint, protocol)?.sign(wire, { ...ctx, endpoint }, signal) ?? wire
 *   5. stream bodies: adapter.streamFraming === 'aws-eventstream' → AwsEventStreamDecoder
 */
export type { CloudSignerOptions, RequestSigner, SignContext } from '../auth/request-signer.js';
export { type CredentialIssue, validateCloudCredentials } from '../auth/validate-cloud-credentials.js';

const CLOUD_PROTOCOLS = new Set<Protocol>(['azure_openai', 'vertex_gemini', 'vertex_anthropic', 'bedrock']);

export function isCloudProtocol(protocol: Protocol): protocol is CloudProtocol {
  return CLOUD_PROTOCOLS.has(protocol);
}

const CLAUDE = /claude|anthropic/i;

/**
 * The protocol an endpoint speaks for a backend and model: its explicit type, else the backend
 * preset's — with one refinement for Vertex, which hosts two wire formats. `is_vertex: true` and
 * `endpoint_type: vertex` map to `vertex_gemini` in settings, so an `anthropic` backend (vv-llm's
 * way to reach Claude on Vertex) or a Claude model id there means `vertex_anthropic`.
 */
export function cloudProtocolOf(endpoint: EndpointConfig, backend: BackendType, modelId?: string): Protocol {
  const protocol = endpoint.kind === 'default' ? PRESETS[backend].protocol : endpoint.kind;
  if (protocol === 'vertex_gemini' && (backend === 'anthropic' || (modelId !== undefined && CLAUDE.test(modelId))))
    return 'vertex_anthropic';
  return protocol;
}

/** The cloud adapters, by protocol. */
export const CLOUD_ADAPTERS: Readonly<Record<CloudProtocol, ProviderAdapter>> = {
  azure_openai: azureOpenAIAdapter,
  vertex_gemini: vertexGeminiAdapter,
  vertex_anthropic: vertexAnthropicAdapter,
  bedrock: bedrockAdapter,
};

const defaultSigners = { bedrock: createBedrockSigner(), vertex: createVertexSigner(), azure: createAzureSigner() };

/**
 * The signer for an endpoint, or undefined when its protocol needs none. `protocol` defaults to
 * the endpoint's kind (pass `cloudProtocolOf(endpoint, backend)` for `kind: 'default'`).
 * Signers are stateless; token caches behind them are process-wide and keyed by credential.
 */
export function getRequestSigner(endpoint: EndpointConfig, protocol?: Protocol, options?: CloudSignerOptions): RequestSigner | undefined {
  const p = protocol ?? (endpoint.kind === 'default' ? undefined : endpoint.kind);
  const signers = options
    ? { bedrock: createBedrockSigner(options), vertex: createVertexSigner(options), azure: createAzureSigner(options) }
    : defaultSigners;
  switch (p) {
    case 'bedrock':
      return signers.bedrock;
    case 'vertex_gemini':
    case 'vertex_anthropic':
      return signers.vertex;
    case 'azure_openai':
      return signers.azure;
    default:
      return undefined;
  }
}

/** Minimal view of the client's Deployment the hook needs. */
export interface SignableDeployment {
  backend: BackendType;
  endpoint: EndpointConfig;
  modelId?: string;
}

/**
 * Ready-made hook for `setRequestSigner` (src/client/call-upstream.ts): signs cloud requests,
 * returns every other request unchanged.
 */
export function cloudSignerHook(
  wire: WireRequest,
  deployment: SignableDeployment,
  ctx: AdapterContext,
  signal?: AbortSignal,
): Promise<WireRequest> {
  const protocol = cloudProtocolOf(deployment.endpoint, deployment.backend, deployment.modelId);
  if (!isCloudProtocol(protocol)) return Promise.resolve(wire);
  const signer = getRequestSigner(deployment.endpoint, protocol);
  return signer ? signer.sign(wire, { ...ctx, endpoint: deployment.endpoint }, signal) : Promise.resolve(wire);
}

/** Endpoint options for a cloud protocol (env fallbacks applied); `{}` for other protocols. */
export function cloudEndpointOptions(
  endpoint: EndpointConfig,
  protocol: Protocol,
  env: NodeJS.ProcessEnv = process.env,
): Record<string, unknown> {
  return isCloudProtocol(protocol) ? resolveCloudEndpointOptions(endpoint, protocol, env) : {};
}

/** Registration functions the client exposes (passed in to keep this module free of client imports). */
export interface CloudRegistry {
  registerAdapter(adapter: ProviderAdapter): void;
  registerFraming(
    name: string,
    factory: () => {
      push(chunk: Uint8Array): { event?: string; data: string; id?: string }[];
      end(): { event?: string; data: string; id?: string }[];
    },
  ): void;
  setRequestSigner(hook: typeof cloudSignerHook): void;
}

/** Plugs the cloud adapters, the AWS event-stream framing and the signer into a client registry. */
export function installCloudProviders(registry: CloudRegistry): void {
  for (const adapter of Object.values(CLOUD_ADAPTERS)) registry.registerAdapter(adapter);
  registry.registerFraming('aws-eventstream', () => new AwsEventStreamDecoder());
  registry.setRequestSigner(cloudSignerHook);
}

export { createAzureSigner, createBedrockSigner, createVertexSigner };
