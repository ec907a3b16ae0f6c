import type { LLMError } from '../../errors/llm-error.js';
import type { ErrorResponse } from '../provider-adapter.js';
/**
 * Vertex answers in two shapes: the Google error model (`{"error":{"code","message","status"}}`,
 * from the platform: auth, quota, routing) for every model, and the Anthropic shape
 * (`{"type":"error","error":{"type":"overloaded_error",…}}`) from Claude itself on rawPredict.
 * The body decides which classifier applies; Google's is the default.
 */
export declare function classifyVertexError(response: ErrorResponse, provider: string): LLMError;
