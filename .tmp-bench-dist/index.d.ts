/**
 * stable-llm — one OpenAI-shaped API over every major LLM provider, resilient to rate limits,
 * overload, stalls and dead keys. This entry point is the library only: it never loads the
 * gateway, the admin console, database drivers or any tokenizer at import time.
 */
export { settings, SettingsStore, parseSettings, readConfigFile, interpolateEnv, BackendType, BACKEND_TYPES, isBackendType } from './settings/index.js';
export type { ResolvedSettings, EndpointConfig, ModelConfig, BackendConfig, ApiKeyConfig, SettingsInput } from './settings/index.js';
export * from './spec/index.js';
export { LLMError, RateLimitError, QuotaExhaustedError, AuthenticationError, TimeoutError, AbortedError, createLLMError, isLLMError } from './errors/llm-error.js';
export { ConfigError } from './errors/config-error.js';
export { parseRetryAfter } from './errors/parse-retry-after.js';
export { AllAttemptsFailedError } from './engine/all-attempts-failed-error.js';
export { createChatClient, ChatClient, ChatStream, resolveDeployments, completeOnce, streamOnce } from './client/index.js';
export type { CreateChatClientOptions, CallOptions, ChatParams, Deployment, StageTimeouts } from './client/index.js';
export { PRESETS, getPreset } from './providers/presets.js';
export type { ProviderPreset, ProviderQuirks, Protocol } from './providers/provider-preset.js';
export type { ProviderAdapter, AdapterContext, WireRequest, SseEvent, StreamParser } from './providers/provider-adapter.js';
export { registerAdapter, getAdapter } from './providers/adapter-registry.js';
export { StableLLM, type StableLLMOptions, type ChatOptions, type StableChatResult } from './stable/stable-llm.js';
export { StableEngine } from './engine/stable-engine.js';
export type { EngineOptions, DeploymentLimiter } from './engine/engine-options.js';
export type { AttemptRecord, Engine, EngineCallOptions, EngineResult, EngineStream, EngineEvents, TargetStatus } from './engine/engine-types.js';
export * from './resilience/index.js';
export * from './router/index.js';
export * from './tokens/index.js';
export * from './catalog/index.js';
export * from './context/index.js';
export * from './cost/index.js';
export { SseDecoder, closeAllDispatchers } from './transport/index.js';
