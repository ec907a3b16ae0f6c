import type { CatalogPricing } from '../cost/model-pricing.js';
import type { BackendType } from '../settings/backend-type.js';
import type { TokenizerFamily } from '../tokens/tokenizer-family.js';
/**
 * What a model can do. `false` means "not known to support", not "known not to" — the catalog
 * only asserts what a source says.
 */
export interface ModelCapabilities {
    /** Native tool / function calling. */
    tools: boolean;
    /** Image input. */
    vision: boolean;
    /** JSON mode or structured outputs (`response_format`). */
    jsonMode: boolean;
    /** Thinking / reasoning tokens. */
    reasoning: boolean;
    /** Provider-side prompt caching with discounted cache reads. */
    promptCaching: boolean;
}
export interface ModelInfo {
    /** The id requests use (catalog: the vendor's model id; settings: the configured model name). */
    id: string;
    backend: BackendType;
    /** Upstream id when it differs from `id` (settings models mapping a name onto a vendor id). */
    upstreamId?: string;
    /** Other ids resolving to this entry (dated snapshots, vendor aliases). */
    aliases: readonly string[];
    contextWindow?: number;
    maxOutputTokens?: number;
    capabilities: ModelCapabilities;
    pricing?: CatalogPricing;
    tokenizer: TokenizerFamily;
    /** Where the facts came from (for humans reading `stable-llm models`). */
    source: string;
    notes?: string;
    /** `catalog` (built in), `settings` (user-defined only) or `catalog+settings` (overridden). */
    origin: 'catalog' | 'settings' | 'catalog+settings';
}
