import type { CatalogPricing } from '../cost/model-pricing.js';
import type { BackendType } from '../settings/backend-type.js';
import type { ModelCapabilities, ModelInfo } from './model-info.js';
export type Capability = 'tools' | 'vision' | 'json' | 'reasoning' | 'cache';
export interface ModelSpec {
    id: string;
    ctx?: number;
    out?: number;
    caps: readonly Capability[];
    pricing?: CatalogPricing;
    aliases?: readonly string[];
    /** Overrides the table-wide source for this row. */
    source?: string;
    notes?: string;
}
export declare function capabilities(caps: readonly Capability[]): ModelCapabilities;
/** Compact table rows → full catalog entries (keeps the data files readable). */
export declare function defineModels(backend: BackendType, source: string, specs: readonly ModelSpec[]): ModelInfo[];
/** Anthropic's published cache multipliers: reads 0.1×, 5-minute writes 1.25× the input price. */
export declare function anthropicPricing(input: number, output: number): CatalogPricing;
