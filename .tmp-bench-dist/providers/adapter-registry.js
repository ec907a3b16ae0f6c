import { ConfigError } from '../errors/config-error.js';
import { anthropicAdapter } from './anthropic/anthropic-adapter.js';
import { geminiAdapter } from './gemini/gemini-adapter.js';
import { openaiCompatibleAdapter } from './openai-compatible/openai-compatible-adapter.js';
const adapters = new Map([
    ['openai', openaiCompatibleAdapter],
    ['anthropic', anthropicAdapter],
    ['gemini', geminiAdapter],
]);
/** Lets optional protocol modules (cloud deployments) plug in without the core importing them. */
export function registerAdapter(adapter) {
    adapters.set(adapter.protocol, adapter);
}
/** The protocol an endpoint speaks: its explicit type, else the backend preset's. */
export function protocolFor(kind, presetProtocol) {
    return kind === 'default' ? presetProtocol : kind;
}
export function getAdapter(protocol) {
    const adapter = adapters.get(protocol);
    if (!adapter) {
        throw new ConfigError([{ path: 'endpoint_type', message: `no adapter registered for protocol "${protocol}"` }]);
    }
    return adapter;
}
//# sourceMappingURL=adapter-registry.js.map