/**
 * stable-llm — one OpenAI-shaped API over every major LLM provider, resilient to rate limits,
 * overload, stalls and dead keys. This entry point is the library only: it never loads the
 * gateway, the admin console, database drivers or any tokenizer at import time.
 */

export * from './catalog/index.js';
export type { CallOptions, ChatParams, CreateChatClientOptions, Deployment, StageTimeouts } from './client/index.js';
// Clients
export { ChatClient, ChatStream, completeOnce, createChatClient, resolveDeployments, streamOnce } from './client/index.js';
export * from './context/index.js';
export * from './cost/index.js';
export { AllAttemptsFailedError } from './engine/all-attempts-failed-error.js';
export type { DeploymentLimiter, EngineOptions } from './engine/engine-options.js';
export type {
  AttemptRecord,
  Engine,
  EngineCallOptions,
  EngineEvents,
  EngineResult,
  EngineStream,
  TargetStatus,
} from './engine/engine-types.js';
export { StableEngine } from './engine/stable-engine.js';
export { ConfigError } from './errors/config-error.js';
// Errors
export {
  AbortedError,
  AuthenticationError,
  createLLMError,
  isLLMError,
  LLMError,
  QuotaExhaustedError,
  RateLimitError,
  TimeoutError,
} from './errors/llm-error.js';
export { parseRetryAfter } from './errors/parse-retry-after.js';
export { getAdapter, registerAdapter } from './providers/adapter-registry.js';
// Providers
export { getPreset, PRESETS } from './providers/presets.js';
export type { AdapterContext, ProviderAdapter, SseEvent, StreamParser, WireRequest } from './providers/provider-adapter.js';
export type { Protocol, ProviderPreset, ProviderQuirks } from './providers/provider-preset.js';
export * from './resilience/index.js';
// Routing
export * from './router/index.js';
export type { ApiKeyConfig, BackendConfig, EndpointConfig, ModelConfig, ResolvedSettings, SettingsInput } from './settings/index.js';
// Settings
export {
  BACKEND_TYPES,
  BackendType,
  interpolateEnv,
  isBackendType,
  parseSettings,
  readConfigFile,
  SettingsStore,
  settings,
} from './settings/index.js';
// Canonical types and validation
export * from './spec/index.js';
// Resilience
export { type ChatOptions, type StableChatResult, StableLLM, type StableLLMOptions } from './stable/stable-llm.js';
// Tokens, catalog, context control, cost
export * from './tokens/index.js';

// Transport (advanced)
export { closeAllDispatchers, SseDecoder } from './transport/index.js';
