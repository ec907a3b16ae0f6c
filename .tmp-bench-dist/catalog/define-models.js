import { tokenizerFamilyFor } from '../tokens/tokenizer-family.js';
export function capabilities(caps) {
    return {
        tools: caps.includes('tools'),
        vision: caps.includes('vision'),
        jsonMode: caps.includes('json'),
        reasoning: caps.includes('reasoning'),
        promptCaching: caps.includes('cache'),
    };
}
/** Compact table rows → full catalog entries (keeps the data files readable). */
export function defineModels(backend, source, specs) {
    return specs.map((s) => ({
        id: s.id,
        backend,
        aliases: s.aliases ?? [],
        contextWindow: s.ctx,
        maxOutputTokens: s.out,
        capabilities: capabilities(s.caps),
        pricing: s.pricing,
        tokenizer: tokenizerFamilyFor(s.id),
        source: s.source ?? source,
        notes: s.notes,
        origin: 'catalog',
    }));
}
/** Anthropic's published cache multipliers: reads 0.1×, 5-minute writes 1.25× the input price. */
export function anthropicPricing(input, output) {
    return { input, output, cache_read: round(input * 0.1), cache_write: round(input * 1.25) };
}
function round(x) {
    return Math.round(x * 1e6) / 1e6;
}
//# sourceMappingURL=define-models.js.map