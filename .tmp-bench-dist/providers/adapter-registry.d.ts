import type { EndpointKind } from '../settings/resolved-settings.js';
import type { ProviderAdapter } from './provider-adapter.js';
import type { Protocol } from './provider-preset.js';
/** Lets optional protocol modules (cloud deployments) plug in without the core importing them. */
export declare function registerAdapter(adapter: ProviderAdapter): void;
/** The protocol an endpoint speaks: its explicit type, else the backend preset's. */
export declare function protocolFor(kind: EndpointKind, presetProtocol: Protocol): Protocol;
export declare function getAdapter(protocol: Protocol): ProviderAdapter;
