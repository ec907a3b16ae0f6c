import { createAzureSigner } from '../auth/azure-request-signer.js';
import { createBedrockSigner } from '../auth/bedrock-request-signer.js';
import { resolveCloudEndpointOptions } from '../auth/cloud-endpoint-options.js';
import { createVertexSigner } from '../auth/vertex-request-signer.js';
import { azureOpenAIAdapter } from './azure/azure-openai-adapter.js';
import { AwsEventStreamDecoder } from './bedrock/aws-eventstream-decoder.js';
import { bedrockAdapter } from './bedrock/bedrock-adapter.js';
import { PRESETS } from './presets.js';
import { vertexAnthropicAdapter } from './vertex/vertex-anthropic-adapter.js';
import { vertexGeminiAdapter } from './vertex/vertex-gemini-adapter.js';
export { validateCloudCredentials } from '../auth/validate-cloud-credentials.js';
export { resolveCloudEndpointOptions } from '../auth/cloud-endpoint-options.js';
const CLOUD_PROTOCOLS = new Set(['azure_openai', 'vertex_gemini', 'vertex_anthropic', 'bedrock']);
export function isCloudProtocol(protocol) {
    return CLOUD_PROTOCOLS.has(protocol);
}
const CLAUDE = /claude|anthropic/i;
/**
 * The protocol an endpoint speaks for a backend and model: its explicit type, else the backend
 * preset's — with one refinement for Vertex, which hosts two wire formats. `is_vertex: true` and
 * `endpoint_type: vertex` map to `vertex_gemini` in settings, so an `anthropic` backend (vv-llm's
 * way to reach Claude on Vertex) or a Claude model id there means `vertex_anthropic`.
 */
export function cloudProtocolOf(endpoint, backend, modelId) {
    const protocol = endpoint.kind === 'default' ? PRESETS[backend].protocol : endpoint.kind;
    if (protocol === 'vertex_gemini' && (backend === 'anthropic' || (modelId !== undefined && CLAUDE.test(modelId))))
        return 'vertex_anthropic';
    return protocol;
}
/** The cloud adapters, by protocol. */
export const CLOUD_ADAPTERS = {
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
export function getRequestSigner(endpoint, protocol, options) {
    const p = protocol ?? (endpoint.kind === 'default' ? undefined : endpoint.kind);
    const signers = options ? { bedrock: createBedrockSigner(options), vertex: createVertexSigner(options), azure: createAzureSigner(options) } : defaultSigners;
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
/**
 * Ready-made hook for `setRequestSigner` (src/client/call-upstream.ts): signs cloud requests,
 * returns every other request unchanged.
 */
export function cloudSignerHook(wire, deployment, ctx, signal) {
    const protocol = cloudProtocolOf(deployment.endpoint, deployment.backend, deployment.modelId);
    if (!isCloudProtocol(protocol))
        return Promise.resolve(wire);
    const signer = getRequestSigner(deployment.endpoint, protocol);
    return signer ? signer.sign(wire, { ...ctx, endpoint: deployment.endpoint }, signal) : Promise.resolve(wire);
}
/** Endpoint options for a cloud protocol (env fallbacks applied); `{}` for other protocols. */
export function cloudEndpointOptions(endpoint, protocol, env = process.env) {
    return isCloudProtocol(protocol) ? resolveCloudEndpointOptions(endpoint, protocol, env) : {};
}
/** Plugs the cloud adapters, the AWS event-stream framing and the signer into a client registry. */
export function installCloudProviders(registry) {
    for (const adapter of Object.values(CLOUD_ADAPTERS))
        registry.registerAdapter(adapter);
    registry.registerFraming('aws-eventstream', () => new AwsEventStreamDecoder());
    registry.setRequestSigner(cloudSignerHook);
}
export { createAzureSigner, createBedrockSigner, createVertexSigner };
//# sourceMappingURL=cloud-auth.js.map