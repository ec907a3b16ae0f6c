/**
 * The OpenAI-compatible protocol: pure converters shared by every vendor that speaks Chat
 * Completions, with vendor differences taken from preset quirks and vendor error tables.
 */
export { classifyErrorFields } from './classify-error-fields.js';
export { classifyOpenAICompatibleError } from './classify-openai-compatible-error.js';
export { convertToOpenAIRequest } from './convert-to-openai-request.js';
export { findBodyError } from './find-body-error.js';
export { mapOpenAIFinishReason } from './map-openai-finish-reason.js';
export { buildOpenAIWireRequest, openaiCompatibleAdapter } from './openai-compatible-adapter.js';
export { parseOpenAIResponse } from './parse-openai-response.js';
export { createOpenAIStreamParser, OpenAIStreamParser } from './parse-openai-stream.js';
export { parseOpenAIUsage } from './parse-openai-usage.js';
export { splitThinkTags, ThinkTagSplitter } from './split-think-tags.js';
//# sourceMappingURL=index.js.map