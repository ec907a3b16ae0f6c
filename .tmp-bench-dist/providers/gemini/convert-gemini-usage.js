import { isRecord } from '../shared/is-record.js';
const count = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
/**
 * Gemini `usageMetadata` → OpenAI usage. `promptTokenCount` already includes cached tokens (as
 * OpenAI's prompt_tokens does); thinking is billed as output, so completion_tokens =
 * candidatesTokenCount + thoughtsTokenCount, with the thoughts also reported as reasoning_tokens.
 * total_tokens is recomputed so it always equals prompt + completion (Gemini's total also counts
 * tool-use prompt tokens).
 */
export function convertGeminiUsage(metadata) {
    if (!isRecord(metadata))
        return { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 };
    const prompt = count(metadata.promptTokenCount);
    const thoughts = metadata.thoughtsTokenCount;
    const completion = count(metadata.candidatesTokenCount) + count(thoughts);
    const usage = { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
    if (typeof metadata.cachedContentTokenCount === 'number')
        usage.prompt_tokens_details = { cached_tokens: metadata.cachedContentTokenCount };
    if (typeof thoughts === 'number')
        usage.completion_tokens_details = { reasoning_tokens: thoughts };
    return usage;
}
//# sourceMappingURL=convert-gemini-usage.js.map