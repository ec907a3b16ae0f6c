import type { ProviderQuirks } from '../providers/provider-preset.js';
import type { BackendType } from '../settings/backend-type.js';
import type { ApiKeyConfig, EndpointConfig, ModelConfig } from '../settings/resolved-settings.js';
/**
 * One concrete place a model can be called: backend + endpoint + upstream model id. Breakers,
 * limits and health are tracked per deployment (`key`).
 */
export interface Deployment {
    /** `backend|endpointId|modelId` — stable identity for breakers and status. */
    key: string;
    backend: BackendType;
    /** The model name users asked for (settings key). */
    modelName: string;
    modelId: string;
    endpoint: EndpointConfig;
    /** API base with the preset default applied. */
    apiBase: string;
    /** Keys with env fallback applied; may be empty for key-less servers. */
    keys: ApiKeyConfig[];
    weight: number;
    rpm?: number;
    tpm?: number;
    concurrentRequests?: number;
    model: ModelConfig;
    quirks: ProviderQuirks;
}
