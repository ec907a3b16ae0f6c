export * from './llm-error.js';
export { ConfigError } from './config-error.js';
export { parseRetryAfter, parseDuration } from './parse-retry-after.js';
