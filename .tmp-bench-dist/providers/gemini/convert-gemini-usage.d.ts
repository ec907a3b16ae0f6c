import type { Usage } from '../../spec/usage.js';
/**
 * Gemini `usageMetadata` → OpenAI usage. `promptTokenCount` already includes cached tokens (as
 * OpenAI's prompt_tokens does); thinking is billed as output, so completion_tokens =
 * candidatesTokenCount + thoughtsTokenCount, with the thoughts also reported as reasoning_tokens.
 * total_tokens is recomputed so it always equals prompt + completion (Gemini's total also counts
 * tool-use prompt tokens).
 */
export declare function convertGeminiUsage(metadata: unknown): Usage;
