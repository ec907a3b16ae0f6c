import type { AdapterContext, StreamParser } from '../provider-adapter.js';
/**
 * Stateful parser for `streamGenerateContent?alt=sse`: every SSE data line is a whole
 * GenerateContentResponse chunk.
 *
 * - one delta per chunk with its text (`content`), thought text (`reasoning_content`), function
 *   calls and thought signatures (`reasoning_details`); the first also names provider, model, id;
 * - Gemini sends each function call whole, so it becomes a single tool_calls delta with id, name
 *   and complete arguments, at an index counting calls across the stream (0, 1, …);
 * - usage is taken from the last chunk that has `usageMetadata` and the finish reason from the last
 *   chunk that has one; both go on the final delta, emitted by `finish()` since Gemini sends no
 *   end-of-stream event;
 * - an `{error: …}` chunk is thrown as a classified LLMError.
 */
export declare function createGeminiStreamParser(ctx: Pick<AdapterContext, 'provider' | 'model'>): StreamParser;
