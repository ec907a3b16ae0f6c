/**
 * Dollar cost of one request.
 *
 * Usage contract (OpenAI's): `prompt_tokens` counts every input token, including those read from
 * the cache (`prompt_tokens_details.cached_tokens`) and those written to it (`cache_write_tokens`).
 * So input splits into three disjoint buckets — uncached, cache read, cache write — each billed
 * once at its own rate. An adapter that reported `prompt_tokens` *without* the cached ones (the
 * raw Anthropic shape) is detected when the cache buckets exceed `prompt_tokens`; then
 * `prompt_tokens` is taken as the uncached part.
 *
 * `completion_tokens` includes reasoning tokens (OpenAI convention), all billed at the output
 * rate. If `reasoning_tokens` exceeds `completion_tokens` the adapter clearly left them out
 * (Gemini reports thoughts separately), so they are added.
 *
 * Missing rates: cache reads and writes fall back to the input rate; an absent input or output
 * rate bills zero for that part — pass complete pricing, or check `hasPricing` first.
 */
export function computeCost(usage, pricing) {
    const prompt = nonNegative(usage.prompt_tokens);
    const cached = nonNegative(usage.prompt_tokens_details?.cached_tokens);
    const written = nonNegative(usage.prompt_tokens_details?.cache_write_tokens);
    const uncached = cached + written > prompt ? prompt : prompt - cached - written;
    const totalPrompt = uncached + cached + written;
    const rates = applicableRates(pricing, totalPrompt);
    const completion = nonNegative(usage.completion_tokens);
    const reasoning = nonNegative(usage.completion_tokens_details?.reasoning_tokens);
    const output = reasoning > completion ? completion + reasoning : completion;
    const input = usd(uncached, rates.input);
    const cacheRead = usd(cached, rates.cache_read ?? rates.input);
    const cacheWrite = usd(written, rates.cache_write ?? rates.input);
    const out = usd(output, rates.output);
    return {
        input,
        output: out,
        cache_read: cacheRead,
        cache_write: cacheWrite,
        total: round(input + out + cacheRead + cacheWrite),
        currency: 'USD',
    };
}
/** True when pricing can produce a meaningful cost (an input or output rate is known). */
export function hasPricing(pricing) {
    return pricing !== undefined && (typeof pricing.input === 'number' || typeof pricing.output === 'number');
}
/** A zero cost, the identity for `addCosts`. */
export function zeroCost() {
    return { input: 0, output: 0, cache_read: 0, cache_write: 0, total: 0, currency: 'USD' };
}
export function addCosts(a, b) {
    return {
        input: round(a.input + b.input),
        output: round(a.output + b.output),
        cache_read: round(a.cache_read + b.cache_read),
        cache_write: round(a.cache_write + b.cache_write),
        total: round(a.total + b.total),
        currency: 'USD',
    };
}
function applicableRates(pricing, promptTokens) {
    const tier = 'longContext' in pricing ? pricing.longContext : undefined;
    if (!tier || promptTokens <= tier.threshold)
        return pricing;
    // Long-context tiers replace the rates they name and keep the others.
    const { threshold: _threshold, ...tierRates } = tier;
    const defined = Object.fromEntries(Object.entries(tierRates).filter(([, v]) => typeof v === 'number'));
    return { ...pricing, ...defined };
}
function usd(tokens, perMillion) {
    return perMillion ? round((tokens * perMillion) / 1_000_000) : 0;
}
/** Rounds away floating-point dust; 1e-10 USD is far below any provider's billing unit. */
function round(x) {
    return Math.round(x * 1e10) / 1e10;
}
function nonNegative(n) {
    return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0;
}
//# sourceMappingURL=compute-cost.js.map