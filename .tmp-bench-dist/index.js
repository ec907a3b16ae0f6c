/**
 * stable-llm — one OpenAI-shaped API over every major LLM provider, resilient to rate limits,
 * overload, stalls and dead keys. This entry point is the library only: it never loads the
 * gateway, the admin console, database drivers or any tokenizer at import time.
 */
// Settings
export { settings, SettingsStore, parseSettings, readConfigFile, interpolateEnv, BackendType, BACKEND_TYPES, isBackendType } from './settings/index.js';
// Canonical types and validation
export * from './spec/index.js';
// Errors
export { LLMError, RateLimitError, QuotaExhaustedError, AuthenticationError, TimeoutError, AbortedError, createLLMError, isLLMError } from './errors/llm-error.js';
export { ConfigError } from './errors/config-error.js';
export { parseRetryAfter } from './errors/parse-retry-after.js';
export { AllAttemptsFailedError } from './engine/all-attempts-failed-error.js';
// Clients
export { createChatClient, ChatClient, ChatStream, resolveDeployments, completeOnce, streamOnce } from './client/index.js';
// Providers
export { PRESETS, getPreset } from './providers/presets.js';
export { registerAdapter, getAdapter } from './providers/adapter-registry.js';
// Resilience
export { StableLLM } from './stable/stable-llm.js';
export { StableEngine } from './engine/stable-engine.js';
export * from './resilience/index.js';
// Routing
export * from './router/index.js';
// Tokens, catalog, context control, cost
export * from './tokens/index.js';
export * from './catalog/index.js';
export * from './context/index.js';
export * from './cost/index.js';
// Transport (advanced)
export { SseDecoder, closeAllDispatchers } from './transport/index.js';
//# sourceMappingURL=index.js.map