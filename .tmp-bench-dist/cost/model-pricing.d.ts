/**
 * Prices in US dollars per million tokens, the unit every vendor publishes. `undefined` means
 * unknown — never zero by default: a free model says `input: 0` explicitly.
 * Same field names as `ModelConfig.pricing` in settings, so user overrides drop straight in.
 */
export interface ModelPricing {
    input?: number;
    output?: number;
    /** Prompt tokens served from the provider's cache. */
    cache_read?: number;
    /** Prompt tokens written to the cache (Anthropic charges extra; others bill them as input). */
    cache_write?: number;
}
/**
 * Tiered pricing some vendors apply when the prompt is long (GPT-5.5 above 272K input tokens,
 * Gemini Pro above 200K): the whole request is billed at these rates once `prompt_tokens`
 * exceeds `threshold`.
 */
export interface LongContextPricing extends ModelPricing {
    threshold: number;
}
export interface CatalogPricing extends ModelPricing {
    longContext?: LongContextPricing;
}
