import type { Cost } from '../spec/chat-result.js';
import type { Usage } from '../spec/usage.js';
import type { CatalogPricing, ModelPricing } from './model-pricing.js';
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
export declare function computeCost(usage: Usage, pricing: CatalogPricing | ModelPricing): Cost;
/** True when pricing can produce a meaningful cost (an input or output rate is known). */
export declare function hasPricing(pricing: ModelPricing | undefined): pricing is ModelPricing;
/** A zero cost, the identity for `addCosts`. */
export declare function zeroCost(): Cost;
export declare function addCosts(a: Cost, b: Cost): Cost;
