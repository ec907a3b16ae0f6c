/**
 * Cheap prompt-size estimate for context checks and TPM admission: ~4 chars per token for Latin
 * text, ~1 token per CJK character, plus framing. Exact counts come from src/tokens when needed;
 * this runs on every attempt and must stay in the microsecond range.
 */
export function defaultEstimatePromptTokens(request, _deployment) {
    let tokens = 3;
    for (const m of request.messages) {
        tokens += 4;
        const c = m.content;
        if (typeof c === 'string')
            tokens += estimateText(c);
        else if (Array.isArray(c))
            for (const p of c)
                tokens += p.type === 'text' ? estimateText(p.text) : 765;
    }
    if (request.tools)
        tokens += estimateText(JSON.stringify(request.tools));
    return tokens;
}
function estimateText(text) {
    let cjk = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code >= 0x3000 && code <= 0x9fff)
            cjk++;
    }
    return cjk + Math.ceil((text.length - cjk) / 4);
}
/** Cost from settings pricing (per million tokens); the catalog fills in when wired. */
export function defaultCostOf(result, deployment) {
    const p = deployment.model.pricing;
    if (!p || (p.input === undefined && p.output === undefined))
        return undefined;
    const u = result.usage;
    const cached = u.prompt_tokens_details?.cached_tokens ?? 0;
    const written = u.prompt_tokens_details?.cache_write_tokens ?? 0;
    const plainInput = Math.max(0, u.prompt_tokens - cached - written);
    const input = (plainInput * (p.input ?? 0)) / 1e6;
    const cache_read = (cached * (p.cache_read ?? p.input ?? 0)) / 1e6;
    const cache_write = (written * (p.cache_write ?? p.input ?? 0)) / 1e6;
    const output = (u.completion_tokens * (p.output ?? 0)) / 1e6;
    return { input, output, cache_read, cache_write, total: input + output + cache_read + cache_write, currency: 'USD' };
}
//# sourceMappingURL=default-estimators.js.map