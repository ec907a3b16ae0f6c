import { createAzureSigner } from '../auth/azure-request-signer.js';
import { createBedrockSigner } from '../auth/bedrock-request-signer.js';
import { type CloudProtocol } from '../auth/cloud-endpoint-options.js';
import type { CloudSignerOptions, RequestSigner } from '../auth/request-signer.js';
import { createVertexSigner } from '../auth/vertex-request-signer.js';
import type { BackendType } from '../settings/backend-type.js';
import type { EndpointConfig } from '../settings/resolved-settings.js';
import type { AdapterContext, ProviderAdapter, WireRequest } from './provider-adapter.js';
import type { Protocol } from './provider-preset.js';
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
export { validateCloudCredentials, type CredentialIssue } from '../auth/validate-cloud-credentials.js';
export { resolveCloudEndpointOptions, type CloudProtocol } from '../auth/cloud-endpoint-options.js';
export declare function isCloudProtocol(protocol: Protocol): protocol is CloudProtocol;
/**
 * The protocol an endpoint speaks for a backend and model: its explicit type, else the backend
 * preset's — with one refinement for Vertex, which hosts two wire formats. `is_vertex: true` and
 * `endpoint_type: vertex` map to `vertex_gemini` in settings, so an `anthropic` backend (vv-llm's
 * way to reach Claude on Vertex) or a Claude model id there means `vertex_anthropic`.
 */
export declare function cloudProtocolOf(endpoint: EndpointConfig, backend: BackendType, modelId?: string): Protocol;
/** The cloud adapters, by protocol. */
export declare const CLOUD_ADAPTERS: Readonly<Record<CloudProtocol, ProviderAdapter>>;
/**
 * The signer for an endpoint, or undefined when its protocol needs none. `protocol` defaults to
 * the endpoint's kind (pass `cloudProtocolOf(endpoint, backend)` for `kind: 'default'`).
 * Signers are stateless; token caches behind them are process-wide and keyed by credential.
 */
export declare function getRequestSigner(endpoint: EndpointConfig, protocol?: Protocol, options?: CloudSignerOptions): RequestSigner | undefined;
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
export declare function cloudSignerHook(wire: WireRequest, deployment: SignableDeployment, ctx: AdapterContext, signal?: AbortSignal): Promise<WireRequest>;
/** Endpoint options for a cloud protocol (env fallbacks applied); `{}` for other protocols. */
export declare function cloudEndpointOptions(endpoint: EndpointConfig, protocol: Protocol, env?: NodeJS.ProcessEnv): Record<string, unknown>;
/** Registration functions the client exposes (passed in to keep this module free of client imports). */
export interface CloudRegistry {
    registerAdapter(adapter: ProviderAdapter): void;
    registerFraming(name: string, factory: () => {
        push(chunk: Uint8Array): {
            event?: string;
            data: string;
            id?: string;
        }[];
        end(): {
            event?: string;
            data: string;
            id?: string;
        }[];
    }): void;
    setRequestSigner(hook: typeof cloudSignerHook): void;
}
/** Plugs the cloud adapters, the AWS event-stream framing and the signer into a client registry. */
export declare function installCloudProviders(registry: CloudRegistry): void;
export { createAzureSigner, createBedrockSigner, createVertexSigner };
