import type { BackendType } from './backend-type.js';
/** A key with its own identity and limits inside an endpoint's key pool. */
export interface ApiKeyConfig {
    /** Stable id shown in logs and status (never the key itself). */
    id: string;
    key: string;
    weight: number;
    rpm?: number;
    tpm?: number;
    rpd?: number;
    enabled: boolean;
}
export type EndpointKind = 'openai' | 'anthropic' | 'gemini' | 'azure_openai' | 'vertex_gemini' | 'vertex_anthropic' | 'bedrock' | 'default';
export interface EndpointConfig {
    id: string;
    /** undefined → the backend preset's base URL. */
    apiBase?: string;
    keys: ApiKeyConfig[];
    kind: EndpointKind;
    rpm?: number;
    tpm?: number;
    concurrentRequests?: number;
    enabled: boolean;
    proxy?: string;
    headers: Record<string, string>;
    keySelection: 'round_robin' | 'random' | 'weighted' | 'least_recently_limited';
    timeoutMs?: number;
    region?: string;
    apiVersion?: string;
    credentials?: Record<string, unknown>;
    /** The raw endpoint object as given (for cloud adapters and display). */
    raw: Record<string, unknown>;
}
export interface ModelEndpointRef {
    endpointId: string;
    /** Upstream model id on that endpoint. */
    modelId: string;
    rpm?: number;
    tpm?: number;
    concurrentRequests?: number;
    weight: number;
}
export interface ModelConfig {
    /** The name users request (key in `backends.X.models`). */
    name: string;
    backend: BackendType;
    /** Default upstream id. */
    id: string;
    endpoints: ModelEndpointRef[];
    functionCallAvailable: boolean;
    responseFormatAvailable: boolean;
    nativeMultimodal: boolean;
    contextLength?: number;
    maxOutputTokens?: number;
    enabled: boolean;
    aliases: string[];
    backup: boolean;
    pricing?: {
        input?: number;
        output?: number;
        cache_read?: number;
        cache_write?: number;
    };
}
export interface BackendConfig {
    name: BackendType;
    models: Record<string, ModelConfig>;
    defaultEndpoint?: string;
}
/** Validated, normalised settings. */
export interface ResolvedSettings {
    endpoints: Map<string, EndpointConfig>;
    backends: Partial<Record<BackendType, BackendConfig>>;
    /** Unknown keys and other non-fatal observations. */
    warnings: string[];
    /** The validated input, as given (secrets included: never log it unmasked). */
    source: Record<string, unknown>;
}
