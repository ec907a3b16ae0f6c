import type { BackendType } from '../settings/backend-type.js';
import type { ApiKeyConfig, EndpointConfig, ModelConfig, ResolvedSettings } from '../settings/resolved-settings.js';
import type { Deployment } from './deployment.js';
/** Keys from the backend's usual environment variables (`OPENAI_API_KEY`, comma-separated lists allowed). */
export declare function keysFromEnv(backend: BackendType, endpointId: string, env?: NodeJS.ProcessEnv): ApiKeyConfig[];
/** The endpoint a backend uses when settings name none: preset base URL + env key. */
export declare function implicitEndpoint(backend: BackendType, env?: NodeJS.ProcessEnv): EndpointConfig;
/** Finds a model in a backend by settings name, alias or upstream id. */
export declare function findModel(settings: ResolvedSettings, backend: BackendType, name: string): ModelConfig | undefined;
/**
 * A model that is not in settings but whose backend has a key in the environment: synthesised
 * from the preset so `createChatClient('openai', { model: 'gpt-5.5' })` works with just
 * OPENAI_API_KEY set.
 */
export declare function synthesizeModel(backend: BackendType, name: string): ModelConfig;
/**
 * Resolves a backend + model name into its callable deployments (enabled endpoints only).
 * Throws a ConfigError that lists what is configured when nothing matches.
 */
export declare function resolveDeployments(settings: ResolvedSettings, backend: BackendType, modelName: string, options?: {
    endpointId?: string;
    env?: NodeJS.ProcessEnv;
    allowSynthesized?: boolean;
}): Deployment[];
