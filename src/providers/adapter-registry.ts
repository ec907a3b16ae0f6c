import { ConfigError } from '../errors/config-error.js';
import type { EndpointKind } from '../settings/resolved-settings.js';
import { anthropicAdapter } from './anthropic/anthropic-adapter.js';
import { geminiAdapter } from './gemini/gemini-adapter.js';
import { openaiCompatibleAdapter } from './openai-compatible/openai-compatible-adapter.js';
import type { ProviderAdapter } from './provider-adapter.js';
import type { Protocol } from './provider-preset.js';

const adapters = new Map<Protocol, ProviderAdapter>([
  ['openai', openaiCompatibleAdapter],
  ['anthropic', anthropicAdapter],
  ['gemini', geminiAdapter],
]);

/** Lets optional protocol modules (cloud deployments) plug in without the core importing them. */
export function registerAdapter(adapter: ProviderAdapter): void {
  adapters.set(adapter.protocol, adapter);
}

/** The protocol an endpoint speaks: its explicit type, else the backend preset's. */
export function protocolFor(kind: EndpointKind, presetProtocol: Protocol): Protocol {
  return kind === 'default' ? presetProtocol : kind;
}

export function getAdapter(protocol: Protocol): ProviderAdapter {
  const adapter = adapters.get(protocol);
  if (!adapter) {
    throw new ConfigError([{ path: 'endpoint_type', message: `no adapter registered for protocol "${protocol}"` }]);
  }
  return adapter;
}
