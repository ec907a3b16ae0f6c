import { defineModels } from '../define-models.js';

/**
 * Context / output limits: gpt-tokenizer 4.0 model metadata (generated from OpenAI's model pages)
 * and vv-llm `types/defaults/openai.py` (2026-08). Prices: OpenAI API pricing page — the GPT-4o /
 * 4.1 / o-series / GPT-5 rows as published in 2025; GPT-5.4, 5.4-mini, 5.4-nano and 5.5 as quoted
 * from the 2026 pricing page (OpenAI community launch post for the 5.4 small models; GPT-5.5
 * pricing write-ups). The GPT-5.5 long-context rule (>272K input: 2× input, 1.5× output, for the
 * whole request) is the pricing note on OpenAI's GPT-5.5 model page (carried in gpt-tokenizer).
 * OpenAI caching is automatic and has no write surcharge, so `cache_write` stays unset.
 */
const REASONING = ['tools', 'vision', 'json', 'reasoning', 'cache'] as const;
const CHAT = ['tools', 'vision', 'json', 'cache'] as const;

export const OPENAI_MODELS = defineModels('openai', 'OpenAI model pages via gpt-tokenizer 4.0; vv-llm defaults', [
  {
    id: 'gpt-5.5',
    ctx: 1_050_000,
    out: 128_000,
    caps: REASONING,
    aliases: ['gpt-5.5-2026-04-23'],
    pricing: { input: 5, cache_read: 0.5, output: 30, longContext: { threshold: 272_000, input: 10, cache_read: 1, output: 45 } },
  },
  {
    id: 'gpt-5.5-pro',
    ctx: 1_050_000,
    out: 128_000,
    caps: ['tools', 'vision', 'json', 'reasoning'],
    aliases: ['gpt-5.5-pro-2026-04-23'],
    pricing: { input: 30, output: 180 },
  },
  {
    id: 'gpt-5.6-sol',
    ctx: 1_050_000,
    out: 128_000,
    caps: REASONING,
    notes: 'Listed in SDK model lists; prices unpublished at catalog date.',
  },
  {
    id: 'gpt-5.6-terra',
    ctx: 1_050_000,
    out: 128_000,
    caps: REASONING,
    notes: 'Listed in SDK model lists; prices unpublished at catalog date.',
  },
  {
    id: 'gpt-5.6-luna',
    ctx: 1_050_000,
    out: 128_000,
    caps: REASONING,
    notes: 'Listed in SDK model lists; prices unpublished at catalog date.',
  },
  {
    id: 'gpt-5.4',
    ctx: 1_050_000,
    out: 128_000,
    caps: REASONING,
    aliases: ['gpt-5.4-2026-03-05'],
    pricing: { input: 2.5, cache_read: 0.25, output: 15 },
  },
  {
    id: 'gpt-5.4-mini',
    ctx: 400_000,
    out: 128_000,
    caps: REASONING,
    aliases: ['gpt-5.4-mini-2026-03-17'],
    pricing: { input: 0.75, cache_read: 0.075, output: 4.5 },
  },
  {
    id: 'gpt-5.4-nano',
    ctx: 400_000,
    out: 128_000,
    caps: REASONING,
    aliases: ['gpt-5.4-nano-2026-03-17'],
    pricing: { input: 0.2, cache_read: 0.02, output: 1.25 },
  },
  {
    id: 'gpt-5',
    ctx: 400_000,
    out: 128_000,
    caps: REASONING,
    aliases: ['gpt-5-2025-08-07'],
    pricing: { input: 1.25, cache_read: 0.125, output: 10 },
  },
  {
    id: 'gpt-5-mini',
    ctx: 400_000,
    out: 128_000,
    caps: REASONING,
    aliases: ['gpt-5-mini-2025-08-07'],
    pricing: { input: 0.25, cache_read: 0.025, output: 2 },
  },
  {
    id: 'gpt-5-nano',
    ctx: 400_000,
    out: 128_000,
    caps: REASONING,
    aliases: ['gpt-5-nano-2025-08-07'],
    pricing: { input: 0.05, cache_read: 0.005, output: 0.4 },
  },
  {
    id: 'gpt-4.1',
    ctx: 1_047_576,
    out: 32_768,
    caps: CHAT,
    aliases: ['gpt-4.1-2025-04-14'],
    pricing: { input: 2, cache_read: 0.5, output: 8 },
  },
  {
    id: 'gpt-4.1-mini',
    ctx: 1_047_576,
    out: 32_768,
    caps: CHAT,
    aliases: ['gpt-4.1-mini-2025-04-14'],
    pricing: { input: 0.4, cache_read: 0.1, output: 1.6 },
  },
  {
    id: 'gpt-4.1-nano',
    ctx: 1_047_576,
    out: 32_768,
    caps: CHAT,
    aliases: ['gpt-4.1-nano-2025-04-14'],
    pricing: { input: 0.1, cache_read: 0.025, output: 0.4 },
  },
  {
    id: 'gpt-4o',
    ctx: 128_000,
    out: 16_384,
    caps: CHAT,
    aliases: ['gpt-4o-2024-08-06'],
    pricing: { input: 2.5, cache_read: 1.25, output: 10 },
  },
  {
    id: 'gpt-4o-mini',
    ctx: 128_000,
    out: 16_384,
    caps: CHAT,
    aliases: ['gpt-4o-mini-2024-07-18'],
    pricing: { input: 0.15, cache_read: 0.075, output: 0.6 },
  },
  { id: 'o3', ctx: 200_000, out: 100_000, caps: REASONING, aliases: ['o3-2025-04-16'], pricing: { input: 2, cache_read: 0.5, output: 8 } },
  {
    id: 'o4-mini',
    ctx: 200_000,
    out: 100_000,
    caps: REASONING,
    aliases: ['o4-mini-2025-04-16'],
    pricing: { input: 1.1, cache_read: 0.275, output: 4.4 },
  },
]);
