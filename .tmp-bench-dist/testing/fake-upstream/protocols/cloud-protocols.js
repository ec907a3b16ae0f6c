import { azureProtocol } from './azure-protocol.js';
import { bedrockProtocol } from './bedrock/bedrock-protocol.js';
import { vertexAnthropicProtocol, vertexGeminiProtocol } from './vertex-protocols.js';
/**
 * Cloud protocols (Azure deployment URLs, Vertex, Bedrock Converse) owned by the cloud-protocol
 * engineer: add each handler here. Every server loads this list ahead of the built-ins, so a
 * handler here wins over the generic suffix matching (Azure's `…/chat/completions`, Vertex's
 * `…/models/{m}:generateContent`).
 *
 * The default instances accept any API key / bearer token; Bedrock verifies SigV4 signatures
 * made with FAKE_AWS_CREDENTIALS. Tests that need stricter auth (tokens issued by a fake token
 * server, specific keys) register their own instance with `fake.registerProtocol(create…(opts))`.
 */
export const cloudProtocols = [azureProtocol, vertexGeminiProtocol, vertexAnthropicProtocol, bedrockProtocol];
//# sourceMappingURL=cloud-protocols.js.map