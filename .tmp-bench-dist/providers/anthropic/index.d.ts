/**
 * Anthropic Messages API adapter: request conversion, response and stream parsing, error
 * classification. Pure converters; transport lives in `src/transport`.
 */
export { ANTHROPIC_VERSION, anthropicAdapter } from './anthropic-adapter.js';
export type * from './anthropic-wire-types.js';
export { anthropicStreamError, classifyAnthropicError } from './classify-anthropic-error.js';
export { convertAnthropicUsage } from './convert-anthropic-usage.js';
export { convertToAnthropicMessages } from './convert-to-anthropic-messages.js';
export { convertToAnthropicRequest, DEFAULT_ANTHROPIC_MAX_TOKENS } from './convert-to-anthropic-request.js';
export { mapAnthropicStopReason } from './map-anthropic-stop-reason.js';
export { parseAnthropicResponse } from './parse-anthropic-response.js';
export { createAnthropicStreamParser } from './parse-anthropic-stream.js';
