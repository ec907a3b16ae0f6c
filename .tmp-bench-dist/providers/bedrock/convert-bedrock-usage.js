import { isRecord, readCount } from '../classify/json-guards.js';
/**
 * Bedrock usage → OpenAI usage. Like Anthropic's, Bedrock's `inputTokens` excludes prompt-cache
 * reads and writes (they are `cacheReadInputTokens` / `cacheWriteInputTokens`), while OpenAI's
 * `prompt_tokens` counts every input token: prompt = input + reads + writes.
 */
export function convertBedrockUsage(value) {
    const u = isRecord(value) ? value : {};
    const input = readCount(u.inputTokens) ?? 0;
    const cacheRead = readCount(u.cacheReadInputTokens);
    const cacheWrite = readCount(u.cacheWriteInputTokens);
    const prompt = input + (cacheRead ?? 0) + (cacheWrite ?? 0);
    const completion = readCount(u.outputTokens) ?? 0;
    const usage = { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
    if (cacheRead !== undefined || cacheWrite !== undefined) {
        usage.prompt_tokens_details = {
            ...(cacheRead !== undefined ? { cached_tokens: cacheRead } : {}),
            ...(cacheWrite !== undefined ? { cache_write_tokens: cacheWrite } : {}),
        };
    }
    return usage;
}
//# sourceMappingURL=convert-bedrock-usage.js.map