import { isRecord, readCount } from '../classify/json-guards.js';
/**
 * Usage in any OpenAI-compatible dialect → canonical Usage. Cached prompt tokens come as
 * `prompt_tokens_details.cached_tokens` (OpenAI, Zhipu, Moonshot), `prompt_cache_hit_tokens`
 * (DeepSeek) or top-level `cached_tokens` (Moonshot); reasoning tokens as
 * `completion_tokens_details.reasoning_tokens`. Returns undefined when nothing usable is present.
 */
export function parseOpenAIUsage(raw) {
    if (!isRecord(raw))
        return undefined;
    const prompt = readCount(raw.prompt_tokens) ?? readCount(raw.input_tokens);
    const completion = readCount(raw.completion_tokens) ?? readCount(raw.output_tokens);
    const total = readCount(raw.total_tokens);
    if (prompt === undefined && completion === undefined && total === undefined)
        return undefined;
    const usage = {
        prompt_tokens: prompt ?? 0,
        completion_tokens: completion ?? Math.max(0, (total ?? 0) - (prompt ?? 0)),
        total_tokens: total ?? (prompt ?? 0) + (completion ?? 0),
    };
    const promptDetails = isRecord(raw.prompt_tokens_details) ? raw.prompt_tokens_details : undefined;
    // Vendors that report more than one of these (DeepSeek sends both styles) may leave one at 0.
    const cached = Math.max(readCount(promptDetails?.cached_tokens) ?? 0, readCount(raw.prompt_cache_hit_tokens) ?? 0, readCount(raw.cached_tokens) ?? 0);
    if (cached > 0)
        usage.prompt_tokens_details = { cached_tokens: cached };
    const completionDetails = isRecord(raw.completion_tokens_details) ? raw.completion_tokens_details : undefined;
    const reasoning = readCount(completionDetails?.reasoning_tokens);
    if (reasoning !== undefined && reasoning > 0)
        usage.completion_tokens_details = { reasoning_tokens: reasoning };
    return usage;
}
//# sourceMappingURL=parse-openai-usage.js.map