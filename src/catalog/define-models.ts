import type { CatalogPricing } from '../cost/model-pricing.js';
import type { BackendType } from '../settings/backend-type.js';
import { tokenizerFamilyFor } from '../tokens/tokenizer-family.js';
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

export function capabilities(caps: readonly Capability[]): ModelCapabilities {
  return {
    tools: caps.includes('tools'),
    vision: caps.includes('vision'),
    jsonMode: caps.includes('json'),
    reasoning: caps.includes('reasoning'),
    promptCaching: caps.includes('cache'),
  };
}

/** Compact table rows → full catalog entries (keeps the data files readable). */
export function defineModels(backend: BackendType, source: string, specs: readonly ModelSpec[]): ModelInfo[] {
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
export function anthropicPricing(input: number, output: number): CatalogPricing {
  return { input, output, cache_read: round(input * 0.1), cache_write: round(input * 1.25) };
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
