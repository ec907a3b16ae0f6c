import { anthropicPricing, defineModels } from '../define-models.js';

/**
 * Limits: vv-llm `types/defaults/anthropic.py` (2026-08) and the Claude models overview (1M context
 * for Opus/Sonnet 4.6+, 200K for Haiku 4.5; 128K output for the 4.6+/5 families, 64K for 4.5).
 * Prices: the Claude pricing/overview pages as summarised in shared/providers.md (Opus 5 $5/$25,
 * Sonnet 5 $2/$10, Haiku 4.5 $1/$5, Fable 5.1 $10/$50), the vision guide's cost tables (Opus
 * 4.7/4.8 and 4.6-era Sonnet at $5 and $3 input), and the 2025 list prices for the 4.x line.
 * Cache reads 0.1×, 5-minute cache writes 1.25× input (prompt-caching docs).
 */
const CLAUDE = ['tools', 'vision', 'json', 'reasoning', 'cache'] as const;

export const ANTHROPIC_MODELS = defineModels('anthropic', 'Claude models overview & pricing; vv-llm defaults', [
  {
    id: 'claude-fable-5',
    ctx: 1_000_000,
    out: 128_000,
    caps: CLAUDE,
    pricing: anthropicPricing(10, 50),
    notes: 'Top tier; the $10/$50 price is published for Fable 5.1, whose exact id is unverified.',
  },
  { id: 'claude-opus-5', ctx: 1_000_000, out: 128_000, caps: CLAUDE, pricing: anthropicPricing(5, 25) },
  { id: 'claude-sonnet-5', ctx: 1_000_000, out: 128_000, caps: CLAUDE, pricing: anthropicPricing(2, 10) },
  { id: 'claude-opus-4-8', ctx: 1_000_000, out: 128_000, caps: CLAUDE, pricing: anthropicPricing(5, 25) },
  { id: 'claude-opus-4-7', ctx: 1_000_000, out: 128_000, caps: CLAUDE, pricing: anthropicPricing(5, 25) },
  { id: 'claude-opus-4-6', ctx: 1_000_000, out: 128_000, caps: CLAUDE, pricing: anthropicPricing(5, 25) },
  { id: 'claude-sonnet-4-6', ctx: 1_000_000, out: 64_000, caps: CLAUDE, pricing: anthropicPricing(3, 15) },
  {
    id: 'claude-sonnet-4-5',
    ctx: 200_000,
    out: 64_000,
    caps: CLAUDE,
    aliases: ['claude-sonnet-4-5-20250929'],
    pricing: anthropicPricing(3, 15),
  },
  {
    id: 'claude-haiku-4-5',
    ctx: 200_000,
    out: 64_000,
    caps: CLAUDE,
    aliases: ['claude-haiku-4-5-20251001'],
    pricing: anthropicPricing(1, 5),
  },
  {
    id: 'claude-opus-4-1',
    ctx: 200_000,
    out: 32_000,
    caps: CLAUDE,
    aliases: ['claude-opus-4-1-20250805'],
    pricing: anthropicPricing(15, 75),
  },
]);
