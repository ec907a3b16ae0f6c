/**
 * Gemini API adapter: request conversion (contents, tools with cleaned schemas, thinking),
 * response and stream parsing, error classification. Pure converters; transport lives in
 * `src/transport`.
 */
export { classifyGeminiError, geminiBodyError } from './classify-gemini-error.js';
export { convertGeminiThinkingConfig } from './convert-gemini-thinking-config.js';
export { convertGeminiUsage } from './convert-gemini-usage.js';
export { convertJsonSchemaToGemini } from './convert-json-schema-to-gemini.js';
export { convertToGeminiContents, SKIP_THOUGHT_SIGNATURE } from './convert-to-gemini-contents.js';
export { convertToGeminiRequest } from './convert-to-gemini-request.js';
export { geminiAdapter, geminiModelPath } from './gemini-adapter.js';
export { mapGeminiFinishReason } from './map-gemini-finish-reason.js';
export { parseGeminiResponse } from './parse-gemini-response.js';
export { createGeminiStreamParser } from './parse-gemini-stream.js';
//# sourceMappingURL=index.js.map