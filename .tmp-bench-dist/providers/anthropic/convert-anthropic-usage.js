import { isRecord } from '../shared/is-record.js';
/**
 * Reads Anthropic usage fields into `into`, keeping earlier values where this object has none
 * (stream `message_delta` usage repeats some counters and nulls others).
 */
export function readAnthropicUsage(value, into = {}) {
    if (!isRecord(value))
        return into;
    for (const key of ['input_tokens', 'output_tokens', 'cache_read_input_tokens', 'cache_creation_input_tokens']) {
        const n = value[key];
        if (typeof n === 'number' && Number.isFinite(n))
            into[key] = n;
    }
    const details = value.output_tokens_details;
    if (isRecord(details) && typeof details.thinking_tokens === 'number')
        into.thinking_tokens = details.thinking_tokens;
    return into;
}
/**
 * Anthropic counters → OpenAI usage. Anthropic's `input_tokens` excludes cached input, while
 * OpenAI's `prompt_tokens` is every input token; so prompt_tokens = input + cache reads + cache
 * writes, with reads and writes also reported in `prompt_tokens_details` for pricing.
 */
export function convertAnthropicUsage(counters) {
    const cacheRead = counters.cache_read_input_tokens;
    const cacheWrite = counters.cache_creation_input_tokens;
    const prompt = (counters.input_tokens ?? 0) + (cacheRead ?? 0) + (cacheWrite ?? 0);
    const completion = counters.output_tokens ?? 0;
    const usage = { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
    if (cacheRead !== undefined || cacheWrite !== undefined) {
        usage.prompt_tokens_details = {
            ...(cacheRead !== undefined ? { cached_tokens: cacheRead } : {}),
            ...(cacheWrite !== undefined ? { cache_write_tokens: cacheWrite } : {}),
        };
    }
    if (counters.thinking_tokens !== undefined)
        usage.completion_tokens_details = { reasoning_tokens: counters.thinking_tokens };
    return usage;
}
//# sourceMappingURL=convert-anthropic-usage.js.map