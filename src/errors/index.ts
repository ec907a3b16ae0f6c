export { ConfigError } from './config-error.js';
export * from './llm-error.js';
export { parseDuration, parseRetryAfter } from './parse-retry-after.js';
