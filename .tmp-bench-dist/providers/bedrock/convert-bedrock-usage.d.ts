import type { Usage } from '../../spec/usage.js';
/**
 * Bedrock usage → OpenAI usage. Like Anthropic's, Bedrock's `inputTokens` excludes prompt-cache
 * reads and writes (they are `cacheReadInputTokens` / `cacheWriteInputTokens`), while OpenAI's
 * `prompt_tokens` counts every input token: prompt = input + reads + writes.
 */
export declare function convertBedrockUsage(value: unknown): Usage;
